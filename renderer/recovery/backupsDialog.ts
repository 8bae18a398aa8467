import { create } from 'zustand';

interface BackupsDialogState {
  /** Whether "Restore a backup…" is open; the application menu opens it from any screen. */
  open: boolean;
  /** Goes up with each restore: the screens are keyed on it, so they load the restored data afresh. */
  restores: number;
  show: () => void;
  hide: () => void;
  restored: () => void;
}

export const useBackupsDialog = create<BackupsDialogState>((set) => ({
  open: false,
  restores: 0,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
  restored: () => set((s) => ({ restores: s.restores + 1 })),
}));
