import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { temporal } from 'zundo';
import { create } from 'zustand';
import { shallow } from 'zustand/shallow';
import { clampToStage, GEOMETRY, slotPosition, stageAt, stagesOf } from '../../shared/canvas/geometry';
import { freeSpot } from '../../shared/canvas/freeSpot';
import { indexLinks, judgeConnection } from '../../shared/domain/connection';
import { randomId } from '../../shared/domain/ids';
import { newStep } from '../../shared/domain/newStep';
import type { Assumption, ExitCriterion, Lane, Link, PlaybookDoc, Stage, Step, Viewport } from '../../shared/domain/playbook';
import { laneFrames, syncEdges, syncNodes, type FlowNode } from '../canvas/flowModel';
import { showError, useNotices } from '../ui/notices';
import { docFromDomain, domainFromDoc, type Domain } from './domain';
import { keepIfSame, useFlow } from './flowStore';
import { createSaveQueue } from './saveQueue';

type StepPatch = Partial<Omit<Step, 'id'>>;
type StagePatch = Partial<Omit<Stage, 'id' | 'lane' | 'order'>>;

export interface EditorState extends Domain {
  playbookId: string | null;
  status: 'loading' | 'ready' | 'missing';
  viewport: Viewport | null;
  selectedStepIds: string[];
  selectedLinkIds: string[];
  selectedStageId: string | null;
  /** Writes not yet confirmed by the database. */
  pendingSaves: number;
  /** A step, stage or criterion just added, whose first field takes the focus when it appears. */
  focusNewId: string | null;

  load: (id: string) => Promise<void>;
  onNodesChange: (changes: NodeChange<FlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange[]) => void;
  connect: (sourceId: string, targetId: string) => boolean;
  addStep: (lane: Lane, at?: { laneX: number; laneY: number }) => string | undefined;
  /** A patch, or a function of the step as it is now (for edits to a list, so none is lost). */
  updateStep: (id: string, patch: StepPatch | ((step: Step) => StepPatch)) => void;
  deleteSelection: () => void;
  deleteSteps: (ids: string[]) => void;
  /** Removes steps (with their links) and links in one undoable change. */
  deleteElements: (stepIds: string[], linkIds: string[]) => void;
  deleteLinks: (ids: string[]) => void;
  /** Adds steps and the links among them (a paste, a duplicate) in one undoable change, and selects the steps. */
  insertElements: (steps: Step[], links: Link[]) => void;
  updateLink: (id: string, patch: Partial<Pick<Link, 'relation' | 'rationale'>>) => void;
  addStage: (lane: Lane, index?: number) => string;
  updateStage: (id: string, patch: StagePatch | ((stage: Stage) => StagePatch)) => void;
  moveStage: (id: string, delta: -1 | 1) => void;
  removeStage: (id: string, moveStepsTo: string | null) => Promise<void>;
  renamePlaybook: (name: string) => void;
  setDescription: (description: string) => void;
  /** Applied to the assumptions as they are now, so quick successive edits all land. */
  setAssumptions: (update: (current: Assumption[]) => Assumption[]) => void;
  selectStage: (id: string | null) => void;
  selectStep: (id: string) => void;
  /** New positions for many steps (a tidy layout) in one undoable change, saved in one transaction. */
  placeSteps: (steps: Step[]) => void;
  /** Selects exactly these steps (select all, a paste). */
  selectSteps: (ids: string[]) => void;
  setViewport: (viewport: Viewport) => void;
  undo: () => void;
  redo: () => void;
  /** Resolves once every edit so far is in the database. */
  flushSaves: () => Promise<void>;
}

const EMPTY_DOMAIN: Domain = {
  meta: { id: '', name: '', motion: '', description: '', version: 1, status: 'draft', parentId: null, templateId: null, createdAt: '', updatedAt: '' },
  stages: {},
  steps: {},
  links: {},
  assumptions: [],
};

const pickDomain = (s: Domain): Domain => ({ meta: s.meta, stages: s.stages, steps: s.steps, links: s.links, assumptions: s.assumptions });
const laneOfStep = (s: Domain, id: string): Lane | undefined => {
  const step = s.steps[id];
  return step ? s.stages[step.stageId]?.lane : undefined;
};
/** A free spot in a stage's column: below the steps already there. */
function placeBelow(s: Domain, stageId: string, exceptId?: string): { x: number; y: number } {
  const inStage = Object.values(s.steps).filter((st) => st.stageId === stageId && st.id !== exceptId);
  if (!inStage.length) return slotPosition(0);
  return { x: GEOMETRY.stepInsetX, y: inStage.reduce((y, st) => Math.max(y, st.y + GEOMETRY.stepHeight + GEOMETRY.stepGapY), 0) };
}

const without = <T>(record: Record<string, T>, ids: Iterable<string>): Record<string, T> => {
  const next = { ...record };
  for (const id of ids) delete next[id];
  return next;
};

export const useEditor = create<EditorState>()(
  temporal<EditorState, [], [], Domain>(
    (set, get) => {
      const saves = createSaveQueue({
        onPendingChange: (pendingSaves) => set({ pendingSaves }),
        onError: (error) => {
          showError(error);
          // The database is the truth: after a refused write, show what is really saved.
          const id = get().playbookId;
          if (id) void get().load(id);
        },
      });
      const playbookId = () => get().playbookId!;

      /** Applies a change to the playbook and brings the canvas in line with it. */
      const change = (fn: (s: EditorState) => Partial<Domain>) => {
        const s = get();
        const before = pickDomain(s);
        const next = { ...before, ...fn(s) };
        set(next);
        syncFlow(next, before);
      };

      const stepsAfterDrag = (moved: Set<string>): Step[] => {
        const s = get();
        const frames = laneFrames(s.stages, s.steps);
        const all = Object.values(s.stages);
        const out: Step[] = [];
        // Top to bottom, each placed clear of those placed before it: steps moved together never land on each other.
        const placed: Step[] = [];
        const dropped = useFlow.getState().nodes.filter((n) => moved.has(n.id) && n.type === 'step').sort((a, b) => a.position.y - b.position.y);
        for (const node of dropped) {
          const step = s.steps[node.id];
          const lane = step && s.stages[step.stageId]?.lane;
          if (!step || !lane) continue;
          const laneStages = stagesOf(all, lane);
          const stage = stageAt(laneStages, node.position.x + GEOMETRY.stepWidth / 2) ?? s.stages[step.stageId]!;
          const left = frames[lane].stageLeft.get(stage.id) ?? 0;
          const others = Object.values(s.steps).filter((o) => o.stageId === stage.id && !moved.has(o.id));
          const spot = freeSpot(clampToStage(stage, node.position.x - left, node.position.y), [...others, ...placed.filter((p) => p.stageId === stage.id)]);
          placed.push({ ...step, stageId: stage.id, ...spot });
          if (spot.x !== step.x || spot.y !== step.y || stage.id !== step.stageId) out.push({ ...step, stageId: stage.id, ...spot });
        }
        return out;
      };

      return {
        ...EMPTY_DOMAIN,
        playbookId: null,
        status: 'loading',
        viewport: null,
        selectedStepIds: [],
        selectedLinkIds: [],
        selectedStageId: null,
        pendingSaves: 0,
        focusNewId: null,

        load: async (id) => {
          // Undo history belongs to one visit of one playbook: never replay it over a fresh load.
          set({ ...EMPTY_DOMAIN, playbookId: id, status: 'loading', selectedStepIds: [], selectedLinkIds: [], selectedStageId: null });
          useFlow.setState({ nodes: [], edges: [] });
          useEditor.temporal.getState().clear();
          let doc: PlaybookDoc;
          try {
            await saves.flush();
            doc = await window.api.getPlaybook({ id });
          } catch (error) {
            if (get().playbookId === id) set({ status: 'missing' });
            showError(error);
            return;
          }
          if (get().playbookId !== id) return;
          const domain = domainFromDoc(doc);
          useFlow.setState({ nodes: syncNodes([], domain), edges: syncEdges([], domain) });
          set({ ...domain, status: 'ready', viewport: doc.viewport });
          useEditor.temporal.getState().clear();
        },

        onNodesChange: (changes) => {
          const moved = new Set<string>();
          let selectionChanged = false;
          for (const c of changes) {
            if (c.type === 'position' && c.dragging === false && c.position) moved.add(c.id);
            if (c.type === 'select') selectionChanged = true;
          }
          const nodes = applyNodeChanges(changes, useFlow.getState().nodes);
          useFlow.setState({ nodes });
          if (selectionChanged) {
            const selectedStepIds = nodes.filter((n) => n.selected && n.type === 'step').map((n) => n.id);
            set((s) => ({ selectedStepIds, selectedStageId: selectedStepIds.length ? null : s.selectedStageId }));
          }
          if (moved.size === 0) return;
          // A drag writes once, when the step is dropped: it lands in the stage column under its centre.
          const updated = stepsAfterDrag(moved);
          if (updated.length === 0) {
            // Dropped where it already was (after clamping): put the node back, record nothing.
            useFlow.setState((f) => ({ nodes: syncNodes(f.nodes, pickDomain(get())) }));
            return;
          }
          change((s) => {
            const steps = { ...s.steps };
            for (const step of updated) steps[step.id] = step;
            return { steps };
          });
          const id = playbookId();
          saves.push(() => window.api.putSteps({ playbookId: id, steps: updated }));
        },

        onEdgesChange: (changes) => {
          const edges = applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), useFlow.getState().edges);
          useFlow.setState({ edges });
          if (changes.some((c) => c.type === 'select')) {
            const selectedLinkIds = edges.filter((e) => e.selected).map((e) => e.id);
            set((s) => ({ selectedLinkIds, selectedStageId: selectedLinkIds.length ? null : s.selectedStageId }));
          }
        },

        connect: (sourceId, targetId) => {
          const s = get();
          const verdict = judgeConnection({ sourceId, targetId }, (id) => laneOfStep(s, id), indexLinks(Object.values(s.links)));
          if (!verdict.ok) {
            useNotices.getState().show(`Not connected: ${verdict.reason}`);
            return false;
          }
          const link = {
            id: randomId(),
            kind: verdict.kind,
            sourceId: verdict.sourceId,
            targetId: verdict.targetId,
            relation: verdict.kind === 'mirror' ? ('supports' as const) : null,
            rationale: '',
          };
          change((st) => ({ links: { ...st.links, [link.id]: link } }));
          const id = playbookId();
          saves.push(() => window.api.putLink({ playbookId: id, link }));
          return true;
        },

        addStep: (lane, at) => {
          const s = get();
          const laneStages = stagesOf(Object.values(s.stages), lane);
          if (laneStages.length === 0) {
            useNotices.getState().show('Add a stage to this lane first.');
            return undefined;
          }
          const frames = laneFrames(s.stages, s.steps);
          let stage: Stage;
          let spot: { x: number; y: number };
          if (at) {
            stage = stageAt(laneStages, at.laneX) ?? laneStages[0]!;
            const left = frames[lane].stageLeft.get(stage.id) ?? 0;
            spot = clampToStage(stage, at.laneX - left - GEOMETRY.stepWidth / 2, at.laneY - GEOMETRY.stepHeight / 2);
          } else {
            // Into the stage the user is looking at: the selected stage, or the selected step's.
            const selected = s.selectedStageId ?? (s.selectedStepIds.length === 1 ? s.steps[s.selectedStepIds[0]!]?.stageId : undefined);
            stage = laneStages.find((st) => st.id === selected) ?? laneStages[0]!;
            spot = placeBelow(s, stage.id);
          }
          const step = newStep({ id: randomId(), stageId: stage.id, title: lane === 'buyer' ? 'New buyer step' : 'New seller step', ...spot });
          change((st) => ({ steps: { ...st.steps, [step.id]: step } }));
          const id = playbookId();
          saves.push(() => window.api.putStep({ playbookId: id, step }));
          get().selectStep(step.id);
          set({ focusNewId: step.id });
          return step.id;
        },

        updateStep: (id, patch) => {
          const current = get().steps[id];
          if (!current) return;
          let step = { ...current, ...(typeof patch === 'function' ? patch(current) : patch), id };
          if (step.stageId !== current.stageId) step = { ...step, ...placeBelow(get(), step.stageId, step.id) };
          change((s) => ({ steps: { ...s.steps, [id]: step } }));
          const pid = playbookId();
          saves.push(() => window.api.putStep({ playbookId: pid, step }));
        },

        deleteSelection: () => {
          const { selectedStepIds, selectedLinkIds } = get();
          get().deleteElements(selectedStepIds, selectedLinkIds);
        },

        deleteElements: (stepIds, linkIds) => {
          const s = get();
          const steps = stepIds.filter((id) => s.steps[id]);
          const gone = new Set(steps);
          // Links of deleted steps go with them (the database cascades); other links are removed by id.
          const attached = Object.values(s.links).filter((l) => gone.has(l.sourceId) || gone.has(l.targetId)).map((l) => l.id);
          const links = linkIds.filter((id) => s.links[id] && !attached.includes(id));
          if (!steps.length && !links.length) return;
          // One change, so one undo brings all of it back.
          change((st) => ({ steps: without(st.steps, steps), links: without(st.links, [...attached, ...links]) }));
          const removedLinks = new Set([...attached, ...links]);
          set((st) => ({ selectedStepIds: st.selectedStepIds.filter((id) => !gone.has(id)), selectedLinkIds: st.selectedLinkIds.filter((id) => !removedLinks.has(id)) }));
          const pid = playbookId();
          if (steps.length) saves.push(() => window.api.deleteSteps({ playbookId: pid, stepIds: steps }));
          if (links.length) saves.push(() => window.api.deleteLinks({ playbookId: pid, linkIds: links }));
        },

        insertElements: (steps, links) => {
          if (!steps.length) return;
          change((st) => ({ steps: { ...st.steps, ...Object.fromEntries(steps.map((x) => [x.id, x])) }, links: { ...st.links, ...Object.fromEntries(links.map((x) => [x.id, x])) } }));
          const pid = playbookId();
          // Steps first (one transaction), then the links that need them.
          saves.push(() => window.api.putSteps({ playbookId: pid, steps }));
          for (const link of links) saves.push(() => window.api.putLink({ playbookId: pid, link }));
          get().selectSteps(steps.map((x) => x.id));
        },

        deleteSteps: (ids) => get().deleteElements(ids, []),
        deleteLinks: (ids) => get().deleteElements([], ids),

        updateLink: (id, patch) => {
          const current = get().links[id];
          if (!current) return;
          const link = { ...current, ...patch };
          change((s) => ({ links: { ...s.links, [id]: link } }));
          const pid = playbookId();
          saves.push(() => window.api.putLink({ playbookId: pid, link }));
        },

        addStage: (lane, index) => {
          const laneStages = stagesOf(Object.values(get().stages), lane);
          const order = Math.min(index ?? laneStages.length, laneStages.length);
          const stage: Stage = {
            id: randomId(),
            lane,
            name: `${lane === 'buyer' ? 'Buyer' : 'Seller'} stage ${laneStages.length + 1}`,
            order,
            width: GEOMETRY.defaultStageWidth,
            expectedDays: null,
            alwaysOn: false,
            revisitable: false,
            exitCriteria: [],
          };
          change((s) => {
            const stages = { ...s.stages };
            for (const other of laneStages) if (other.order >= order) stages[other.id] = { ...other, order: other.order + 1 };
            stages[stage.id] = stage;
            return { stages };
          });
          const pid = playbookId();
          saves.push(() => window.api.putStage({ playbookId: pid, stage }));
          get().selectStage(stage.id);
          set({ focusNewId: stage.id });
          return stage.id;
        },

        updateStage: (id, patch) => {
          const current = get().stages[id];
          if (!current) return;
          const stage = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
          change((s) => ({ stages: { ...s.stages, [id]: stage } }));
          const pid = playbookId();
          saves.push(() => window.api.putStage({ playbookId: pid, stage }));
        },

        moveStage: (id, delta) => {
          const stage = get().stages[id];
          if (!stage) return;
          const ordered = stagesOf(Object.values(get().stages), stage.lane);
          const from = ordered.findIndex((s) => s.id === id);
          const to = from + delta;
          if (to < 0 || to >= ordered.length) return;
          const [moved] = ordered.splice(from, 1);
          ordered.splice(to, 0, moved!);
          change((s) => {
            const stages = { ...s.stages };
            ordered.forEach((st, order) => (stages[st.id] = { ...st, order }));
            return { stages };
          });
          const pid = playbookId();
          const stageIds = ordered.map((s) => s.id);
          saves.push(() => window.api.reorderStages({ playbookId: pid, lane: stage.lane, stageIds }));
        },

        removeStage: async (id, moveStepsTo) => {
          const pid = playbookId();
          // Where moved steps land is decided by the database; show its result rather than guess.
          try {
            await saves.flush();
            await window.api.deleteStage({ playbookId: pid, stageId: id, moveStepsTo });
            const doc = await window.api.getPlaybook({ id: pid });
            const domain = domainFromDoc(doc);
            change(() => domain);
            set({ selectedStageId: null });
          } catch (error) {
            showError(error);
          }
        },

        setAssumptions: (update) => {
          const assumptions = update(get().assumptions);
          change(() => ({ assumptions }));
          const pid = playbookId();
          saves.push(() => window.api.putAssumptions({ playbookId: pid, assumptions }));
        },

        setDescription: (description) => {
          if (description === get().meta.description) return;
          change((s) => ({ meta: { ...s.meta, description } }));
          const doc = docFromDomain(pickDomain(get()), get().viewport);
          saves.push(() => window.api.replacePlaybook({ doc }));
        },

        renamePlaybook: (name) => {
          const trimmed = name.trim();
          if (!trimmed || trimmed === get().meta.name) return;
          change((s) => ({ meta: { ...s.meta, name: trimmed } }));
          const pid = playbookId();
          saves.push(() => window.api.renamePlaybook({ id: pid, name: trimmed }));
        },

        selectStage: (id) => {
          useFlow.setState((f) => ({
            nodes: f.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
            edges: f.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
          }));
          set({ selectedStageId: id, selectedStepIds: [], selectedLinkIds: [] });
        },

        selectStep: (id) => {
          useFlow.setState((f) => ({
            nodes: f.nodes.map((n) => (n.id === id ? (n.selected ? n : { ...n, selected: true }) : n.selected ? { ...n, selected: false } : n)),
            edges: f.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
          }));
          set({ selectedStageId: null, selectedStepIds: [id], selectedLinkIds: [] });
        },

        placeSteps: (placed) => {
          const current = get().steps;
          const moved = placed.filter((p) => current[p.id] && (current[p.id]!.x !== p.x || current[p.id]!.y !== p.y || current[p.id]!.stageId !== p.stageId));
          if (!moved.length) return;
          change((st) => ({ steps: { ...st.steps, ...Object.fromEntries(moved.map((p) => [p.id, p])) } }));
          const pid = playbookId();
          saves.push(() => window.api.putSteps({ playbookId: pid, steps: moved }));
        },

        selectSteps: (ids) => {
          const chosen = new Set(ids);
          useFlow.setState((f) => ({
            nodes: f.nodes.map((n) => (n.type !== 'step' ? n : chosen.has(n.id) === !!n.selected ? n : { ...n, selected: chosen.has(n.id) })),
            edges: f.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
          }));
          set({ selectedStageId: null, selectedStepIds: ids.filter((id) => get().steps[id]), selectedLinkIds: [] });
        },

        setViewport: (viewport) => {
          set({ viewport });
          const pid = get().playbookId;
          if (pid) saves.pushLatest('viewport', () => window.api.saveViewport({ playbookId: pid, viewport }));
        },

        flushSaves: () => saves.flush(),
        undo: () => jumpHistory('undo'),
        redo: () => jumpHistory('redo'),
      };

      /**
       * Brings React Flow's nodes and edges in line with the playbook, reusing what did not change.
       * With `before`, the playbook the flow showed until now: a change to some steps only (a drop)
       * then works out just their cards and links.
       */
      function syncFlow(domain: Domain, before?: Domain) {
        useFlow.setState((f) => ({
          nodes: keepIfSame(f.nodes, syncNodes(f.nodes, domain, before)),
          edges: keepIfSame(f.edges, syncEdges(f.edges, domain, before)),
        }));
      }

      function jumpHistory(direction: 'undo' | 'redo') {
        const history = useEditor.temporal.getState();
        if (direction === 'undo' ? !history.pastStates.length : !history.futureStates.length) return;
        if (direction === 'undo') history.undo();
        else history.redo();
        const s = get();
        const domain = pickDomain(s);
        syncFlow(domain);
        set({
          selectedStepIds: s.selectedStepIds.filter((id) => domain.steps[id]),
          selectedLinkIds: s.selectedLinkIds.filter((id) => domain.links[id]),
          selectedStageId: s.selectedStageId && domain.stages[s.selectedStageId] ? s.selectedStageId : null,
        });
        const doc = docFromDomain(domain, s.viewport);
        saves.push(() => window.api.replacePlaybook({ doc }));
      }
    },
    {
      partialize: pickDomain,
      // Only changes to the playbook itself are steps in history; selection, dragging and the viewport are not.
      equality: (a, b) => shallow(a, b),
      limit: 200,
    },
  ),
);

export const newCriterion = (actor: ExitCriterion['actor']): ExitCriterion => ({ id: randomId(), statement: '', actor });
