import { temporal } from 'zundo';
import { create } from 'zustand';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import type { PlanDoc, PlanMeta, PlanStep } from '../../shared/plan/plan';
import { createSaveQueue } from '../editor/saveQueue';
import { showError } from '../ui/notices';

type StepPatch = Partial<Omit<PlanStep, 'id'>>;
type MetaPatch = Partial<Omit<PlanMeta, 'id' | 'playbookId' | 'createdAt' | 'updatedAt'>>;

/** What undo tracks: the plan itself, never the selection or the view. */
interface Tracked {
  doc: PlanDoc | null;
}

export interface PlanState extends Tracked {
  planId: string | null;
  status: 'loading' | 'ready' | 'missing';
  /** The pinned playbook version: read-only here, the frame the plan is drawn in. */
  playbook: PlaybookDoc | null;
  selectedStepId: string | null;
  view: 'canvas' | 'map';
  /** Writes not yet confirmed by the database. */
  pendingSaves: number;

  load: (id: string) => Promise<void>;
  /**
   * Applies one change to the whole plan and saves it: one undo step, one write. A change that
   * throws (a deviation without a reason) changes nothing and says why.
   */
  edit: (change: (doc: PlanDoc) => PlanDoc) => boolean;
  updateStep: (id: string, patch: StepPatch | ((step: PlanStep) => StepPatch)) => void;
  updateMeta: (patch: MetaPatch) => void;
  selectStep: (id: string | null) => void;
  setView: (view: PlanState['view']) => void;
  undo: () => void;
  redo: () => void;
  /** Resolves once every edit so far is in the database. */
  flushSaves: () => Promise<void>;
}

export const usePlan = create<PlanState>()(
  temporal<PlanState, [], [], Tracked>(
    (set, get) => {
      const saves = createSaveQueue({
        onPendingChange: (pendingSaves) => set({ pendingSaves }),
        onError: (error) => {
          showError(error);
          // The database is the truth: after a refused write, show what is really saved.
          const id = get().planId;
          if (id) void get().load(id);
        },
      });
      const save = (doc: PlanDoc) => saves.push(() => window.api.putPlan({ doc }));

      const jump = (direction: 'undo' | 'redo') => {
        const history = usePlan.temporal.getState();
        if (direction === 'undo' ? !history.pastStates.length : !history.futureStates.length) return;
        if (direction === 'undo') history.undo();
        else history.redo();
        const { doc, selectedStepId } = get();
        if (!doc) return;
        if (selectedStepId && !doc.steps.some((s) => s.id === selectedStepId)) set({ selectedStepId: null });
        save(doc);
      };

      return {
        doc: null,
        planId: null,
        status: 'loading',
        playbook: null,
        selectedStepId: null,
        view: 'canvas',
        pendingSaves: 0,

        load: async (id) => {
          // Undo history belongs to one visit of one plan: never replay it over a fresh load.
          set({ planId: id, status: 'loading', doc: null, playbook: null, selectedStepId: null, view: 'canvas' });
          usePlan.temporal.getState().clear();
          try {
            await saves.flush();
            const { plan, playbook } = await window.api.getPlan({ id });
            if (get().planId !== id) return;
            set({ doc: plan, playbook, status: 'ready' });
          } catch (error) {
            if (get().planId === id) set({ status: 'missing' });
            showError(error);
          }
          usePlan.temporal.getState().clear();
        },

        edit: (change) => {
          const current = get().doc;
          if (!current) return false;
          let next: PlanDoc;
          try {
            next = change(current);
          } catch (error) {
            showError(error);
            return false;
          }
          if (next === current) return true;
          set({ doc: next });
          save(next);
          return true;
        },

        updateStep: (id, patch) =>
          void get().edit((doc) => ({
            ...doc,
            steps: doc.steps.map((s) => (s.id === id ? { ...s, ...(typeof patch === 'function' ? patch(s) : patch), id } : s)),
          })),

        updateMeta: (patch) => void get().edit((doc) => ({ ...doc, plan: { ...doc.plan, ...patch } })),

        selectStep: (selectedStepId) => set({ selectedStepId }),
        setView: (view) => set({ view }),
        undo: () => jump('undo'),
        redo: () => jump('redo'),
        flushSaves: () => saves.flush(),
      };
    },
    {
      partialize: (s) => ({ doc: s.doc }),
      // Only a new plan document is a step in history; selection, view and save counts are not.
      equality: (a, b) => a.doc === b.doc,
      limit: 200,
    },
  ),
);

/** The moment a deviation is recorded, and today's date for done dates. */
export const nowIso = () => new Date().toISOString();
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
