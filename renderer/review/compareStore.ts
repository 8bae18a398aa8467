import { create } from 'zustand';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import type { ChangeKind } from '../../shared/review/diff';
import { showError } from '../ui/notices';
import type { Mark } from './compareMarks';

interface CompareState {
  /** The playbook the open one is compared with, or null when no compare is shown. */
  base: PlaybookDoc | null;
  /** Whether the compare panel is shown beside the canvas. */
  open: boolean;
  toggle: () => void;
  /** What happened to each card on the canvas (by node id), for its badge. */
  changeById: ReadonlyMap<string, ChangeKind>;
  /** What the compare draws on the canvas, one mark per change. */
  marks: readonly Mark[];
  compareWith: (id: string | null) => Promise<void>;
  /** Sets what the canvas shows; the plan screen compares with a playbook it already holds. */
  show: (base: PlaybookDoc | null, marks: readonly Mark[]) => void;
  setMarks: (marks: readonly Mark[]) => void;
  close: () => void;
}

const NOTHING = { base: null, changeById: new Map<string, ChangeKind>(), marks: [] as readonly Mark[] };

const byNode = (marks: readonly Mark[]) => new Map(marks.filter((m) => m.type === 'step' && m.nodeId).map((m) => [m.nodeId!, m.change] as const));

/** The compare view's own state: which playbook the open one is set against, and what that draws. */
export const useCompare = create<CompareState>()((set) => ({
  ...NOTHING,
  open: false,
  toggle: () => set((s) => (s.open ? { open: false, ...NOTHING } : { open: true })),
  compareWith: async (id) => {
    if (id === null) return set(NOTHING);
    try {
      set({ base: await window.api.getPlaybook({ id }) });
    } catch (error) {
      showError(error);
    }
  },
  show: (base, marks) => set({ open: true, base, marks, changeById: byNode(marks) }),
  setMarks: (marks) => set({ marks, changeById: byNode(marks) }),
  close: () => set({ open: false, ...NOTHING }),
}));

export const selectChangeOf = (id: string) => (s: CompareState) => s.changeById.get(id);
