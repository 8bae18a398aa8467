import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { anchor, sequenceEnds } from '../../shared/canvas/edgeSides';
import { placeMirrorLabels, type CrossingCache } from '../../shared/canvas/mirrorLabels';
import { GEOMETRY, laneContentWidth, laneHeight, stageOffsets, stagesOf } from '../../shared/canvas/geometry';
import type { Lane, Stage, Step } from '../../shared/domain/playbook';
import type { Domain } from '../editor/domain';
import { STEP_HANDLES } from './stepHandles';

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

/** Geometry of both lanes for the current stages and steps. Lanes share one width so columns line up at the left edge. */
export function laneFrames(stages: Record<string, Stage>, steps: Record<string, Step>): Record<Lane, LaneFrame> {
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
export function syncNodes(previous: readonly FlowNode[], domain: Domain): FlowNode[] {
  const prevById = new Map(previous.map((n) => [n.id, n] as const));
  const frames = laneFrames(domain.stages, domain.steps);
  const out: FlowNode[] = [];
  // Parents come before their children, as React Flow requires.
  for (const lane of ['buyer', 'seller'] as const) {
    const frame = frames[lane];
    const id = laneNodeId(lane);
    const prev = prevById.get(id) as LaneNode | undefined;
    if (prev && prev.position.y === frame.y && prev.width === frame.width && prev.height === frame.height) out.push(prev);
    else
      out.push({
        id,
        type: 'lane',
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
      });
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
    if (!stage) continue;
    const frame = frames[stage.lane];
    const x = (frame.stageLeft.get(stage.id) ?? 0) + step.x;
    const parentId = laneNodeId(stage.lane);
    const ariaLabel = `${stage.lane === 'buyer' ? 'Buyer' : 'Seller'} step: ${step.title || 'Untitled step'}`;
    const prev = prevById.get(step.id) as StepNode | undefined;
    if (prev && prev.parentId === parentId && prev.position.x === x && prev.position.y === step.y && prev.ariaLabel === ariaLabel) {
      out.push(prev);
      continue;
    }
    out.push({
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
      // A card's size never changes, so the size React Flow measured is still right after a move.
      // Without it React Flow measures the card again and the drop costs a second render of the flow.
      ...(prev?.measured ? { measured: prev.measured } : {}),
      ariaLabel,
    });
  }
  return out;
}

// Kept between edits: a drop moves one step, and the other links' crossings need no new bisection.
const crossings: CrossingCache = new Map();

export function syncEdges(previous: readonly Edge[], domain: Domain): Edge[] {
  const prevById = new Map(previous.map((e) => [e.id, e] as const));
  const frames = laneFrames(domain.stages, domain.steps);
  // Each step's box, once per call: a step has up to four links, and this runs on every drop.
  const boxes = new Map<string, { x: number; y: number; width: number; height: number }>();
  const box = (id: string) => {
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
  // Relation labels sit where each link crosses the gap between the lanes: on their own line, over no card.
  const gapMiddle = frames.buyer.height + GEOMETRY.laneGap / 2;
  const mirrors = Object.values(domain.links).filter((l) => l.kind === 'mirror' && domain.steps[l.sourceId] && domain.steps[l.targetId]);
  const labelRows = placeMirrorLabels(
    mirrors.map((l) => ({ id: l.id, from: anchor(box(l.sourceId), 'top'), to: anchor(box(l.targetId), 'bottom'), text: l.relation ?? 'supports' })),
    gapMiddle,
    crossings,
  );
  return Object.values(domain.links).map((link) => {
    const prev = prevById.get(link.id);
    if (link.kind === 'mirror') {
      const label = link.relation ?? 'supports';
      const labelY = labelRows.get(link.id) ?? gapMiddle;
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
  });
}
