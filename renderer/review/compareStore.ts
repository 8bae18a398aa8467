import { create } from 'zustand';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import type { ChangeKind } from '../../shared/review/diff';
import { showError } from '../ui/notices';

interface CompareState {
  /** The playbook the open one is compared with, or null when no compare is shown. */
  base: PlaybookDoc | null;
  /** Whether the compare panel is shown beside the canvas. */
  open: boolean;
  toggle: () => void;
  /** What happened to each element on the canvas (b's ids), for its badge. */
  changeById: ReadonlyMap<string, ChangeKind>;
  compareWith: (id: string | null) => Promise<void>;
  setChanges: (changes: ReadonlyMap<string, ChangeKind>) => void;
}

/** The compare view's own state: which playbook the open one is set against. */
export const useCompare = create<CompareState>()((set) => ({
  base: null,
  open: false,
  toggle: () => set((s) => (s.open ? { open: false, base: null, changeById: new Map() } : { open: true })),
  changeById: new Map(),
  compareWith: async (id) => {
    if (id === null) return set({ base: null, changeById: new Map() });
    try {
      set({ base: await window.api.getPlaybook({ id }) });
    } catch (error) {
      showError(error);
    }
  },
  setChanges: (changeById) => set({ changeById }),
}));

export const selectChangeOf = (id: string) => (s: CompareState) => s.changeById.get(id);
