import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { anchor, sequenceEnds } from '../../shared/canvas/edgeSides';
import { placeMirrorLabels } from '../../shared/canvas/mirrorLabels';
import { GEOMETRY, laneContentWidth, laneHeight, stageOffsets, stagesOf } from '../../shared/canvas/geometry';
import type { Lane, PlaybookDoc } from '../../shared/domain/playbook';
import { STATUS_LABELS } from '../../shared/plan/export/labels';
import type { PlanDoc, PlanStep } from '../../shared/plan/plan';
import { laneNode, laneNodeId, type MirrorEdge } from '../canvas/flowModel';

export type PlanLaneNode = Node<{ lane: Lane }, 'planLane'>;
export type PlanStageNode = Node<{ stageId: string }, 'planStage'>;
export type PlanStepNode = Node<Record<string, never>, 'planStep'>;
export type PlanFlowNode = PlanLaneNode | PlanStageNode | PlanStepNode;

const EMPTY_DATA: Record<string, never> = {};
const SEQUENCE_MARKER = { type: MarkerType.ArrowClosed, width: 16, height: 16 };
// Above every card, as on the playbook canvas: a link that ran behind a card would seem to end on it.
const MIRROR_Z = 2000;
// Mirror links point at the buyer step they serve, in the playbook canvas's colour.
const MIRROR_MARKER = { type: MarkerType.ArrowClosed, width: 14, height: 14, color: '#5b3fd6' };

interface Frame {
  y: number;
  width: number;
  height: number;
  stageLeft: Map<string, number>;
}

/** Both lanes' geometry, from the pinned playbook's stages and the plan's own steps (moved and added ones included). */
export function planFrames(doc: PlanDoc, playbook: PlaybookDoc): Record<Lane, Frame> {
  const byLane = { buyer: stagesOf(playbook.stages, 'buyer'), seller: stagesOf(playbook.stages, 'seller') };
  const width = Math.max(laneContentWidth(byLane.buyer), laneContentWidth(byLane.seller), 600) + 40;
  const buyerHeight = laneHeight(doc.steps.filter((s) => s.lane === 'buyer'));
  return {
    buyer: { y: 0, width, height: buyerHeight, stageLeft: stageOffsets(byLane.buyer) },
    seller: { y: buyerHeight + GEOMETRY.laneGap, width, height: laneHeight(doc.steps.filter((s) => s.lane === 'seller')), stageLeft: stageOffsets(byLane.seller) },
  };
}

/** What a screen reader hears on a card: which lane, the title, and where the step stands. */
export const stepLabel = (step: Pick<PlanStep, 'lane' | 'title' | 'status'>) =>
  `${step.lane === 'buyer' ? 'Buyer' : 'Seller'} step: ${step.title || 'Untitled step'} — ${STATUS_LABELS[step.status]}`;

/**
 * React Flow nodes for a plan, reusing every node object that did not change so an edit to one
 * step re-renders one card. Lanes come first: React Flow needs parents before their children.
 */
export function planNodes(previous: readonly PlanFlowNode[], doc: PlanDoc, playbook: PlaybookDoc, selectedStepId: string | null): PlanFlowNode[] {
  const prevById = new Map(previous.map((n) => [n.id, n] as const));
  const frames = planFrames(doc, playbook);
  const out: PlanFlowNode[] = [];
  for (const lane of ['buyer', 'seller'] as const) {
    const frame = frames[lane];
    out.push(laneNode(lane, frame, prevById.get(laneNodeId(lane)) as PlanLaneNode | undefined, 'planLane'));
  }
  for (const stage of playbook.stages) {
    const id = `stage-${stage.id}`;
    const x = frames[stage.lane].stageLeft.get(stage.id) ?? 0;
    const prev = prevById.get(id);
    if (prev && prev.position.x === x && prev.width === stage.width) {
      out.push(prev);
      continue;
    }
    out.push({
      id,
      type: 'planStage',
      parentId: laneNodeId(stage.lane),
      position: { x, y: 0 },
      width: stage.width,
      height: GEOMETRY.stageHeaderHeight,
      data: { stageId: stage.id },
      draggable: false,
      selectable: false,
      deletable: false,
      focusable: false,
      zIndex: 10,
    });
  }
  for (const step of doc.steps) {
    const left = frames[step.lane].stageLeft.get(step.stageId);
    if (left === undefined) continue;
    const x = left + step.x;
    const parentId = laneNodeId(step.lane);
    const ariaLabel = stepLabel(step);
    const selected = step.id === selectedStepId;
    const prev = prevById.get(step.id);
    if (prev && prev.parentId === parentId && prev.position.x === x && prev.position.y === step.y && prev.ariaLabel === ariaLabel && prev.selected === selected) {
      out.push(prev);
      continue;
    }
    out.push({
      id: step.id,
      type: 'planStep',
      parentId,
      position: { x, y: step.y },
      width: GEOMETRY.stepWidth,
      height: GEOMETRY.stepHeight,
      data: EMPTY_DATA,
      draggable: false,
      connectable: false,
      deletable: false,
      selected,
      ariaLabel,
    });
  }
  return out;
}

/** The playbook's mirror links and sequence edges, between the plan steps made from those playbook steps. */
export function planEdges(doc: PlanDoc, playbook: PlaybookDoc): Edge[] {
  const frames = planFrames(doc, playbook);
  const byPlaybookStep = new Map<string, PlanStep>();
  for (const step of doc.steps) if (step.playbookStepId) byPlaybookStep.set(step.playbookStepId, step);
  const box = (step: PlanStep) => ({
    x: (frames[step.lane].stageLeft.get(step.stageId) ?? 0) + step.x,
    y: frames[step.lane].y + step.y,
    width: GEOMETRY.stepWidth,
    height: GEOMETRY.stepHeight,
  });
  // Relation labels sit where each link crosses the gap between the lanes, as on the playbook
  // canvas: at a link's middle they could land on a card.
  const gapMiddle = frames.buyer.height + GEOMETRY.laneGap / 2;
  const ends = (link: PlaybookDoc['links'][number]) => {
    const source = byPlaybookStep.get(link.sourceId);
    const target = byPlaybookStep.get(link.targetId);
    return source && target ? { source, target } : null;
  };
  const labelRows = placeMirrorLabels(
    playbook.links.flatMap((link) => {
      const both = link.kind === 'mirror' ? ends(link) : null;
      return both ? [{ id: link.id, from: anchor(box(both.source), 'top'), to: anchor(box(both.target), 'bottom'), text: link.relation ?? 'supports' }] : [];
    }),
    gapMiddle,
  );
  const edges: Edge[] = [];
  for (const link of playbook.links) {
    const both = ends(link);
    if (!both) continue;
    const { source, target } = both;
    if (link.kind === 'mirror') {
      const label = link.relation ?? 'supports';
      const edge: MirrorEdge = {
        id: link.id,
        type: 'mirror',
        source: source.id,
        target: target.id,
        sourceHandle: 'top',
        targetHandle: 'bottom',
        label,
        data: { labelY: labelRows.get(link.id) ?? gapMiddle },
        markerEnd: MIRROR_MARKER,
        className: 'edge-mirror',
        ariaLabel: `Mirror link: ${label}`,
        selectable: false,
        focusable: false,
        zIndex: MIRROR_Z,
      };
      edges.push(edge);
    } else {
      const ends = sequenceEnds(box(source), box(target));
      edges.push({ id: link.id, source: source.id, target: target.id, sourceHandle: ends.fromSide, targetHandle: ends.toSide, className: 'edge-sequence', markerEnd: SEQUENCE_MARKER, ariaLabel: 'Sequence edge', selectable: false, focusable: false, interactionWidth: 0 });
    }
  }
  return edges;
}
