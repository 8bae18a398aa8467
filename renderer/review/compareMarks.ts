import { GEOMETRY } from '../../shared/canvas/geometry';
import type { Lane, PlaybookDoc } from '../../shared/domain/playbook';
import type { ChangeKind, ChangeType, Comparison } from '../../shared/review/diff';
import { laneNodeId } from '../canvas/flowModel';

/**
 * What a compare draws on a canvas, one mark per change: on the card, stage header or link it is
 * about, or — for what is gone — a ghost where it was. Canvas-agnostic: the playbook editor and
 * the plan screen pass how their node ids relate to the compared documents'.
 */
export interface Mark {
  /** Unique per change: the change list's line and the canvas mark share it. */
  key: string;
  /** The element's id: b's, or a's for what was removed. */
  id: string;
  change: ChangeKind;
  type: ChangeType;
  title: string;
  lane: Lane;
  /** A step or stage drawn on the canvas (its node id), when there is one. */
  nodeId?: string;
  /** A link drawn on the canvas (its edge id). */
  edgeId?: string;
  /** A link's two ends: each a node id, or the key of a ghost step. */
  ends?: [End, End];
  /** Something no longer on the canvas, drawn as a ghost. */
  ghost?: Ghost;
}

export type End = { nodeId: string } | { ghostKey: string };

/** Where a removed step or stage was: in a stage still drawn, or in a column after its lane. */
export type Ghost =
  | { kind: 'inStage'; stageNodeId: string; x: number; y: number }
  | { kind: 'pastLane'; laneNodeId: string; row: number; header: boolean };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the compared documents' ids meet the canvas. */
export interface CanvasIds {
  /** The node drawn for an element of the second document (b), if any. */
  nodeOfB: (id: string) => string | undefined;
  /** The node drawn for an element of the first document (a) that b lacks (a plan draws its skipped steps). */
  nodeOfA: (id: string) => string | undefined;
}

export const markKey = (change: ChangeKind, id: string) => `${change}:${id}`;

export function compareMarks(comparison: Comparison, base: PlaybookDoc, ids: CanvasIds): Mark[] {
  const bOfA = new Map<string, string>();
  for (const [b, a] of comparison.matches) bOfA.set(a, b);
  const baseStages = new Map(base.stages.map((s) => [s.id, s] as const));
  const baseSteps = new Map(base.steps.map((s) => [s.id, s] as const));
  const removedStages = new Set(comparison.diff.removed.filter((e) => e.type === 'stage').map((e) => e.id));
  const pastLaneRows: Record<Lane, number> = { buyer: 0, seller: 0 };
  const marks: Mark[] = [];
  const ghostOfStep = new Map<string, string>();

  // Removed stages first, so their steps stack under their ghost header past the lane's end.
  const ordered = [...comparison.items].sort((x, y) => rank(x.change, x.entry.type) - rank(y.change, y.entry.type));
  for (const { change, entry } of ordered) {
    const mark: Mark = { key: markKey(change, entry.id), id: entry.id, change, type: entry.type, title: entry.title, lane: entry.lane };
    if (entry.type === 'link') {
      const link = change === 'removed' ? base.links.find((l) => l.id === entry.id) : undefined;
      if (change !== 'removed') mark.edgeId = entry.id;
      else if (link) {
        const end = (aStepId: string): End | undefined => {
          const b = bOfA.get(aStepId);
          const node = b !== undefined ? ids.nodeOfB(b) : ids.nodeOfA(aStepId);
          if (node) return { nodeId: node };
          const ghost = ghostOfStep.get(aStepId);
          return ghost ? { ghostKey: ghost } : undefined;
        };
        const from = end(link.sourceId);
        const to = end(link.targetId);
        if (from && to) mark.ends = [from, to];
      }
    } else if (change !== 'removed') {
      mark.nodeId = entry.type === 'stage' ? `stage-${entry.id}` : ids.nodeOfB(entry.id);
    } else if (entry.type === 'stage') {
      mark.ghost = { kind: 'pastLane', laneNodeId: laneNodeId(entry.lane), row: pastLaneRows[entry.lane]++, header: true };
    } else {
      const node = ids.nodeOfA(entry.id);
      const step = baseSteps.get(entry.id);
      const stage = step ? baseStages.get(step.stageId) : undefined;
      const stageB = stage ? bOfA.get(stage.id) : undefined;
      if (node) mark.nodeId = node;
      else if (step && stageB !== undefined && !removedStages.has(stage!.id)) mark.ghost = { kind: 'inStage', stageNodeId: `stage-${stageB}`, x: step.x, y: step.y };
      else mark.ghost = { kind: 'pastLane', laneNodeId: laneNodeId(entry.lane), row: pastLaneRows[entry.lane]++, header: false };
      if (mark.ghost) ghostOfStep.set(entry.id, mark.key);
    }
    marks.push(mark);
  }
  return marks;
}

const rank = (change: ChangeKind, type: ChangeType) => (change === 'removed' ? { stage: 0, step: 1, link: 2 }[type] : 3);

/** The gap between a lane's end and the column of what was removed from it. */
const PAST_LANE_GAP = 60;
const ROW_HEIGHT = GEOMETRY.stepHeight + GEOMETRY.stepGapY;

/**
 * Where each mark sits on the canvas, in flow coordinates, from the boxes of the nodes drawn now.
 * A link's place is a small box at the middle between its ends.
 */
export function placeMarks(marks: readonly Mark[], boxOf: (nodeId: string) => Box | undefined, ends?: (edgeId: string) => [string, string] | undefined): Map<string, Box> {
  const places = new Map<string, Box>();
  const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  for (const mark of marks) {
    if (mark.nodeId) {
      const box = boxOf(mark.nodeId);
      if (box) places.set(mark.key, box);
    } else if (mark.ghost?.kind === 'inStage') {
      const stage = boxOf(mark.ghost.stageNodeId);
      const lane = boxOf(laneNodeId(mark.lane));
      if (stage && lane) places.set(mark.key, { x: stage.x + mark.ghost.x, y: lane.y + mark.ghost.y, width: GEOMETRY.stepWidth, height: GEOMETRY.stepHeight });
    } else if (mark.ghost?.kind === 'pastLane') {
      const lane = boxOf(mark.ghost.laneNodeId);
      if (lane) {
        const y = lane.y + GEOMETRY.stageHeaderHeight + 8 + mark.ghost.row * ROW_HEIGHT;
        places.set(mark.key, { x: lane.x + lane.width + PAST_LANE_GAP, y, width: GEOMETRY.stepWidth, height: mark.ghost.header ? GEOMETRY.stageHeaderHeight : GEOMETRY.stepHeight });
      }
    }
  }
  for (const mark of marks) {
    if (mark.type !== 'link') continue;
    const pair = mark.ends
      ? mark.ends.map((e) => ('nodeId' in e ? boxOf(e.nodeId) : places.get(e.ghostKey)))
      : mark.edgeId && ends
        ? (ends(mark.edgeId) ?? []).map((id) => boxOf(id))
        : [];
    const [a, b] = pair;
    if (!a || !b) continue;
    const p = centre(a);
    const q = centre(b);
    places.set(mark.key, { x: (p.x + q.x) / 2 - 1, y: (p.y + q.y) / 2 - 1, width: 2, height: 2 });
  }
  return places;
}
