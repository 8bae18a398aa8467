import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { anchor, sequenceEnds } from '../../shared/canvas/edgeSides';
import { placeMirrorLabels, type CrossingCache, type MirrorLabelInput } from '../../shared/canvas/mirrorLabels';
import { GEOMETRY, laneContentWidth, laneHeight, stageOffsets, stagesOf } from '../../shared/canvas/geometry';
import type { Lane, Link, Stage, Step } from '../../shared/domain/playbook';
import type { Domain } from '../editor/domain';
import { STEP_HANDLES, STEP_SIZE } from './stepHandles';

export type LaneNodeData = { lane: Lane };
export type StepNodeData = Record<string, never>;
export type StageHeaderNodeData = { stageId: string };
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type StageHeaderNode = Node<StageHeaderNodeData, 'stageHeader'>;
export type StepNode = Node<StepNodeData, 'step'>;
export type FlowNode = LaneNode | StageHeaderNode | StepNode;

export const laneNodeId = (lane: Lane) => `lane-${lane}`;
export const LANE_LABEL: Record<Lane, string> = { buyer: 'Buyer journey', seller: 'Seller process' };

const EMPTY_DATA: StepNodeData = {};
/**
 * Up to this many steps every card is drawn; beyond it only those in view are (React Flow's
 * onlyRenderVisibleElements), so a drag or a pan on a large playbook lays out and paints what the
 * user sees rather than thousands of cards off screen. Small playbooks keep every card in the page.
 */
export const DRAW_ALL_STEPS_UP_TO = 400;
export const drawsOnlyVisible = (stepCount: number) => stepCount > DRAW_ALL_STEPS_UP_TO;

const LANE_STYLE = { pointerEvents: 'all' } as const;
const SEQUENCE_MARKER = { type: MarkerType.ArrowClosed, width: 16, height: 16 };
const MIRROR_MARKER = { type: MarkerType.ArrowClosed, width: 14, height: 14, color: '#5b3fd6' };
/**
 * Mirror links are drawn above the step cards: a link that ran beneath a card would seem to end on
 * it. This is above any card, even a selected one (React Flow lifts those by 1,000).
 */
const MIRROR_Z = 2000;

export type MirrorEdgeData = { labelY: number };
export type MirrorEdge = Edge<MirrorEdgeData, 'mirror'>;

export interface LaneFrame {
  y: number;
  width: number;
  height: number;
  stageLeft: Map<string, number>;
}

// The last answer of laneFrames: a drop asks for the same playbook's frames three times (the snap,
// the cards, the links), and each walks every step. The records are never changed in place.
let lastFrames: { stages: Record<string, Stage>; steps: Record<string, Step>; frames: Record<Lane, LaneFrame> } | null = null;

/**
 * Geometry of both lanes for the current stages and steps. Lanes share one width so columns line up
 * at the left edge. The answer is shared between callers of the same records: do not change it.
 */
export function laneFrames(stages: Record<string, Stage>, steps: Record<string, Step>): Record<Lane, LaneFrame> {
  if (lastFrames && lastFrames.stages === stages && lastFrames.steps === steps) return lastFrames.frames;
  const frames = computeLaneFrames(stages, steps);
  lastFrames = { stages, steps, frames };
  return frames;
}

function computeLaneFrames(stages: Record<string, Stage>, steps: Record<string, Step>): Record<Lane, LaneFrame> {
  const all = Object.values(stages);
  const byLane = { buyer: stagesOf(all, 'buyer'), seller: stagesOf(all, 'seller') };
  const laneOfStage = new Map(all.map((s) => [s.id, s.lane] as const));
  const laneSteps: Record<Lane, Step[]> = { buyer: [], seller: [] };
  for (const step of Object.values(steps)) {
    const lane = laneOfStage.get(step.stageId);
    if (lane) laneSteps[lane].push(step);
  }
  const width = Math.max(laneContentWidth(byLane.buyer), laneContentWidth(byLane.seller), 600) + 40;
  const buyerHeight = laneHeight(laneSteps.buyer);
  return {
    buyer: { y: 0, width, height: buyerHeight, stageLeft: stageOffsets(byLane.buyer) },
    seller: { y: buyerHeight + GEOMETRY.laneGap, width, height: laneHeight(laneSteps.seller), stageLeft: stageOffsets(byLane.seller) },
  };
}

/**
 * Turns the playbook into React Flow nodes, reusing every node object whose content did not change:
 * React Flow re-renders a node only when its object changes, which keeps edits cheap at 2,000 steps.
 */
export function syncNodes(previous: readonly FlowNode[], domain: Domain, before?: Domain): FlowNode[] {
  const frames = laneFrames(domain.stages, domain.steps);
  const kept = before && changedStepsOnly(before, domain) ? syncMovedNodes(previous, domain, before, frames) : null;
  if (kept) return kept;
  const prevById = new Map(previous.map((n) => [n.id, n] as const));
  const out: FlowNode[] = [];
  // Parents come before their children, as React Flow requires.
  for (const lane of ['buyer', 'seller'] as const) {
    const frame = frames[lane];
    const id = laneNodeId(lane);
    out.push(laneNode(lane, frame, prevById.get(id) as LaneNode | undefined));
  }
  // Stage headers are nodes of their own so they sit above the links that cross them and stay clickable.
  for (const stage of Object.values(domain.stages)) {
    const id = `stage-${stage.id}`;
    const x = frames[stage.lane].stageLeft.get(stage.id) ?? 0;
    const parentId = laneNodeId(stage.lane);
    const prev = prevById.get(id) as StageHeaderNode | undefined;
    if (prev && prev.parentId === parentId && prev.position.x === x && prev.width === stage.width) {
      out.push(prev);
      continue;
    }
    out.push({
      id,
      type: 'stageHeader',
      parentId,
      position: { x, y: 0 },
      width: stage.width,
      height: GEOMETRY.stageHeaderHeight,
      data: { stageId: stage.id },
      draggable: false,
      selectable: false,
      deletable: false,
      focusable: false,
      zIndex: 10,
      style: LANE_STYLE,
    });
  }
  for (const step of Object.values(domain.steps)) {
    const stage = domain.stages[step.stageId];
    if (stage) out.push(stepNode(step, stage, frames, prevById.get(step.id) as StepNode | undefined));
  }
  return out;
}

/** A lane's frame behind its stages and steps; the plan canvas draws its lanes with the same node under its own type. */
export function laneNode<T extends string = 'lane'>(lane: Lane, frame: LaneFrame, prev: Node<LaneNodeData, T> | undefined, type = 'lane' as T): Node<LaneNodeData, T> {
  if (prev && prev.position.y === frame.y && prev.width === frame.width && prev.height === frame.height) return prev;
  return {
    id: laneNodeId(lane),
    type,
    position: { x: 0, y: frame.y },
    width: frame.width,
    height: frame.height,
    data: { lane },
    draggable: false,
    selectable: false,
    deletable: false,
    focusable: false,
    zIndex: -1,
    // React Flow gives nodes that are neither draggable nor selectable no pointer events; lanes need
    // them for double-click-to-add and their stage headers.
    style: LANE_STYLE,
    ariaRole: 'region',
    ariaLabel: LANE_LABEL[lane],
  };
}

/**
 * How many cards and links have been worked out one by one (compared with what React Flow holds,
 * and rebuilt if they differ) since the page loaded: the tests hold a drop to its own card and links.
 */
export const flowWork = { steps: 0, links: 0 };

function stepNode(step: Step, stage: Stage, frames: Record<Lane, LaneFrame>, prev: StepNode | undefined): StepNode {
  flowWork.steps++;
  const x = (frames[stage.lane].stageLeft.get(stage.id) ?? 0) + step.x;
  const parentId = laneNodeId(stage.lane);
  const ariaLabel = `${stage.lane === 'buyer' ? 'Buyer' : 'Seller'} step: ${step.title || 'Untitled step'}`;
  if (prev && prev.parentId === parentId && prev.position.x === x && prev.position.y === step.y && prev.ariaLabel === ariaLabel) return prev;
  return {
    id: step.id,
    type: 'step',
    parentId,
    extent: 'parent',
    position: { x, y: step.y },
    width: GEOMETRY.stepWidth,
    height: GEOMETRY.stepHeight,
    handles: STEP_HANDLES,
    data: EMPTY_DATA,
    selected: prev?.selected ?? false,
    // A card's size never changes (its node is always this size; a selected card's content may
    // overflow it), so the card states it as measured, as it states its handles: React Flow then
    // neither measures a card again after a move (a second render of the flow) nor leaves a card
    // it has not drawn yet out of Fit View.
    measured: prev?.measured ?? STEP_SIZE,
    ariaLabel,
  };
}

/**
 * The ids of the steps whose objects differ between two versions of the playbook, when nothing
 * else changed: same stages, same links, the same steps (a drop, a tidy, an edit of one step).
 * Null otherwise. Stages and links are compared by identity: the store gives them a new object on
 * every change of theirs.
 */
export function changedStepsOnly(before: Domain, after: Domain): string[] | null {
  // Asked for the cards and again for the links of the same change: the second time is free.
  if (lastChange && lastChange.before === before.steps && lastChange.after === after.steps && before.stages === after.stages && before.links === after.links) return lastChange.changed;
  const changed = computeChangedSteps(before, after);
  lastChange = { before: before.steps, after: after.steps, changed };
  return changed;
}
let lastChange: { before: Record<string, Step>; after: Record<string, Step>; changed: string[] | null } | null = null;

function computeChangedSteps(before: Domain, after: Domain): string[] | null {
  if (before.stages !== after.stages || before.links !== after.links) return null;
  const ids = Object.keys(after.steps);
  if (ids.length !== Object.keys(before.steps).length) return null;
  const changed: string[] = [];
  for (const id of ids) {
    const was = before.steps[id];
    if (!was) return null;
    if (was !== after.steps[id]) changed.push(id);
  }
  return changed;
}

/**
 * The nodes after a change to some steps only: a card whose step is the same object and whose node
 * sits where that step says is kept without looking further (its title and lane did not change);
 * the others are worked out as in a full pass. A dragged card that snapped back to where it was has
 * an unchanged step but a node React Flow moved, so positions are compared for every card.
 * Null when `previous` does not hold exactly the playbook's nodes: the caller does a full pass.
 */
function syncMovedNodes(previous: readonly FlowNode[], domain: Domain, before: Domain, frames: Record<Lane, LaneFrame>): FlowNode[] | null {
  const out: FlowNode[] = new Array<FlowNode>(previous.length);
  let stepNodes = 0;
  for (let i = 0; i < previous.length; i++) {
    const node = previous[i]!;
    if (node.type === 'lane') {
      out[i] = laneNode(node.data.lane, frames[node.data.lane], node);
      continue;
    }
    if (node.type !== 'step') {
      out[i] = node;
      continue;
    }
    stepNodes++;
    const step = domain.steps[node.id];
    const stage = step && domain.stages[step.stageId];
    if (!step || !stage) return null;
    const x = (frames[stage.lane].stageLeft.get(stage.id) ?? 0) + step.x;
    out[i] = step === before.steps[node.id] && node.position.x === x && node.position.y === step.y ? node : stepNode(step, stage, frames, node);
  }
  return stepNodes === Object.keys(domain.steps).length ? out : null;
}

// Kept between edits: a drop moves one step, and the other links' crossings need no new bisection.
const crossings: CrossingCache = new Map();

type Box = { x: number; y: number; width: number; height: number };

/**
 * What the last full or partial pass over the links knew, so that the next one, after a change to
 * some steps only, works out just those steps' links: which links each step has, every mirror
 * link's ends (the input of the label placement), and the playbook it was all computed for.
 */
interface EdgePass {
  links: Record<string, Link>;
  steps: Record<string, Step>;
  buyerHeight: number;
  /** The links in the order of the edges array. */
  list: Link[];
  /** Mirror links' label inputs, and where each link's input is (by its place in `list`). */
  labelInputs: MirrorLabelInput[];
  labelInputAt: Map<number, number>;
  /** Places in `list` of each step's links. */
  linksOfStep: Map<string, number[]>;
}
let lastPass: EdgePass | null = null;

/** Each step's box, once per call: a step has up to four links. */
function boxesOf(domain: Domain, frames: Record<Lane, LaneFrame>): (id: string) => Box {
  const boxes = new Map<string, Box>();
  return (id) => {
    let found = boxes.get(id);
    if (found) return found;
    const step = domain.steps[id];
    const stage = step && domain.stages[step.stageId];
    const x = step && stage ? (frames[stage.lane].stageLeft.get(stage.id) ?? 0) + step.x : 0;
    const y = step && stage ? frames[stage.lane].y + step.y : 0;
    found = { x, y, width: GEOMETRY.stepWidth, height: GEOMETRY.stepHeight };
    boxes.set(id, found);
    return found;
  };
}

const labelInput = (link: Link, box: (id: string) => Box): MirrorLabelInput => ({
  id: link.id,
  from: anchor(box(link.sourceId), 'top'),
  to: anchor(box(link.targetId), 'bottom'),
  text: link.relation ?? 'supports',
});

/**
 * Turns the links into React Flow edges, reusing every edge object that did not change. With
 * `before` (the playbook `previous` was made for) and a change to some steps only, just those
 * steps' links are worked out again; the relation labels are placed again over all mirror links
 * (a moved link's label can push its neighbours' to another row), which reuses every crossing.
 */
export function syncEdges(previous: readonly Edge[], domain: Domain, before?: Domain): Edge[] {
  const frames = laneFrames(domain.stages, domain.steps);
  const changed = before && changedStepsOnly(before, domain);
  const pass = lastPass;
  if (changed && pass && pass.links === domain.links && pass.steps === before.steps && pass.buyerHeight === frames.buyer.height && previous.length === pass.list.length) {
    const partial = syncEdgesOfSteps(previous, domain, frames, changed, pass);
    if (partial) return partial;
  }
  return syncAllEdges(previous, domain, frames);
}

function syncAllEdges(previous: readonly Edge[], domain: Domain, frames: Record<Lane, LaneFrame>): Edge[] {
  const prevById = new Map(previous.map((e) => [e.id, e] as const));
  const box = boxesOf(domain, frames);
  // Relation labels sit where each link crosses the gap between the lanes: on their own line, over no card.
  const gapMiddle = frames.buyer.height + GEOMETRY.laneGap / 2;
  const list = Object.values(domain.links);
  const labelInputs: MirrorLabelInput[] = [];
  const labelInputAt = new Map<number, number>();
  const linksOfStep = new Map<string, number[]>();
  list.forEach((l, i) => {
    for (const end of [l.sourceId, l.targetId]) {
      const places = linksOfStep.get(end);
      if (places) places.push(i);
      else linksOfStep.set(end, [i]);
    }
    if (l.kind === 'mirror' && domain.steps[l.sourceId] && domain.steps[l.targetId]) {
      labelInputAt.set(i, labelInputs.length);
      labelInputs.push(labelInput(l, box));
    }
  });
  const labelRows = placeMirrorLabels(labelInputs, gapMiddle, crossings);
  lastPass = { links: domain.links, steps: domain.steps, buyerHeight: frames.buyer.height, list, labelInputs, labelInputAt, linksOfStep };
  return list.map((link) => edgeOf(link, prevById.get(link.id), domain, box, labelRows.get(link.id) ?? gapMiddle));
}

/** The edges after a change to the `changed` steps only; null when `previous` is not in the order of the last pass. */
function syncEdgesOfSteps(previous: readonly Edge[], domain: Domain, frames: Record<Lane, LaneFrame>, changed: string[], pass: EdgePass): Edge[] | null {
  const box = boxesOf(domain, frames);
  const gapMiddle = frames.buyer.height + GEOMETRY.laneGap / 2;
  const touched = new Set<number>();
  for (const id of changed) for (const i of pass.linksOfStep.get(id) ?? []) touched.add(i);
  for (const i of touched) {
    if (previous[i]!.id !== pass.list[i]!.id) return null;
    const at = pass.labelInputAt.get(i);
    if (at !== undefined) pass.labelInputs[at] = labelInput(pass.list[i]!, box);
  }
  const labelRows = placeMirrorLabels(pass.labelInputs, gapMiddle, crossings);
  pass.steps = domain.steps;
  const out = previous.slice();
  for (let i = 0; i < pass.list.length; i++) {
    const link = pass.list[i]!;
    const prev = previous[i]!;
    if (prev.id !== link.id) return null;
    if (touched.has(i)) out[i] = edgeOf(link, prev, domain, box, labelRows.get(link.id) ?? gapMiddle);
    else if (link.kind === 'mirror') {
      // Its ends did not move, and so neither did its titles: only its label's row may have.
      const labelY = labelRows.get(link.id) ?? gapMiddle;
      if ((prev.data as MirrorEdgeData | undefined)?.labelY !== labelY) out[i] = { ...prev, data: { labelY } };
    }
  }
  return out;
}

function edgeOf(link: Link, prev: Edge | undefined, domain: Domain, box: (id: string) => Box, labelY: number): Edge {
  flowWork.links++;
  if (link.kind === 'mirror') {
    const label = link.relation ?? 'supports';
    const ariaLabel = `Mirror link: ${domain.steps[link.sourceId]?.title || 'Untitled step'} ${label} ${domain.steps[link.targetId]?.title || 'Untitled step'}`;
    if (prev && prev.source === link.sourceId && prev.target === link.targetId && prev.label === label && prev.ariaLabel === ariaLabel && (prev.data as MirrorEdgeData | undefined)?.labelY === labelY)
      return prev;
    const edge: MirrorEdge = {
      id: link.id,
      type: 'mirror',
      source: link.sourceId,
      target: link.targetId,
      sourceHandle: 'top',
      targetHandle: 'bottom',
      label,
      data: { labelY },
      zIndex: MIRROR_Z,
      markerEnd: MIRROR_MARKER,
      // Told apart by colour and label rather than a dash: with thousands of links, dashed lines
      // are the costliest thing to draw on a drag (see test/bench/README.md).
      className: 'edge-mirror',
      ariaLabel,
      selected: prev?.selected ?? false,
    };
    return edge;
  }
  const { fromSide: sourceHandle, toSide: targetHandle } = sequenceEnds(box(link.sourceId), box(link.targetId));
  if (prev && prev.source === link.sourceId && prev.target === link.targetId && prev.sourceHandle === sourceHandle && prev.targetHandle === targetHandle) return prev;
  return {
    id: link.id,
    source: link.sourceId,
    target: link.targetId,
    sourceHandle,
    targetHandle,
    className: 'edge-sequence',
    markerEnd: SEQUENCE_MARKER,
    ariaLabel: 'Sequence edge',
    selected: prev?.selected ?? false,
  };
}
