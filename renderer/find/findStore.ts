import { create } from 'zustand';

interface FindState {
  open: boolean;
  query: string;
  /** Which match is current, counted in the matches as they are now. */
  current: number;
  /** Bumped on every Ctrl/Cmd+F, so an open bar takes the focus again. */
  focusRequest: number;
  show: () => void;
  close: () => void;
  setQuery: (query: string) => void;
  setCurrent: (current: number) => void;
}

/** The find bar's own state: nothing of it is part of the playbook or its undo history. */
export const useFind = create<FindState>()((set) => ({
  open: false,
  query: '',
  current: 0,
  focusRequest: 0,
  show: () => set((s) => ({ open: true, focusRequest: s.focusRequest + 1 })),
  close: () => set({ open: false }),
  setQuery: (query) => set({ query, current: 0 }),
  setCurrent: (current) => set({ current }),
}));
