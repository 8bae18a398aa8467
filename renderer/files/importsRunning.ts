import { create } from 'zustand';

interface ImportsRunning {
  count: number;
  begin: () => void;
  end: () => void;
}

/** How many imports this page has asked for and not yet heard back about; ImportStatus watches it. */
export const useImportsRunning = create<ImportsRunning>()((set) => ({
  count: 0,
  begin: () => set((s) => ({ count: s.count + 1 })),
  end: () => set((s) => ({ count: Math.max(0, s.count - 1) })),
}));
