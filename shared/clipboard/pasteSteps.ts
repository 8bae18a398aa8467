import { freeSpot } from '../canvas/freeSpot';
import { clampToStage, GEOMETRY, stageAt, stageOffsets, stagesOf } from '../canvas/geometry';
import type { NewId } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import type { Lane, Link, Stage, Step } from '../domain/playbook';
import type { ClipboardPayload, CopiedStep } from './payload';

/** Where the pointer was when pasting: a point in one lane, measured from that lane's top left corner. */
export interface PastePoint {
  lane: Lane;
  laneX: number;
  laneY: number;
}

export type PasteResult = { ok: true; steps: Step[]; links: Link[] } | { ok: false; error: string };

/** The stage a copied step goes to when there is no pointer: its own stage if it is here, else one of the same name, else the same position. */
function sameStage(copied: CopiedStep, laneStages: readonly Stage[], stages: Record<string, Stage>): Stage {
  const own = stages[copied.step.stageId];
  if (own && own.lane === copied.lane) return own;
  return laneStages.find((s) => s.name === copied.stageName) ?? laneStages[Math.min(copied.stageOrder, laneStages.length - 1)]!;
}

/**
 * New steps and links for a paste or a duplicate into a playbook, with new ids throughout. Every
 * step stays in its own lane (a seller step never lands in the buyer lane). With a pointer, the
 * group keeps its shape and its top left card goes where the pointer is (steps of the other lane
 * move only sideways); without one, each step goes to its own stage, or the stage of that name or
 * position in another playbook. Each step then moves down until it covers no other card.
 */
export function pasteSteps(payload: ClipboardPayload, target: { stages: Record<string, Stage>; steps: Record<string, Step> }, at: PastePoint | null, newId: NewId): PasteResult {
  if (Object.keys(target.steps).length + payload.steps.length > LIMITS.stepsPerPlaybook)
    return { ok: false, error: `Not pasted: a playbook holds at most ${LIMITS.stepsPerPlaybook.toLocaleString('en')} steps.` };
  const all = Object.values(target.stages);
  const laneStages = { buyer: stagesOf(all, 'buyer'), seller: stagesOf(all, 'seller') };
  const offsets = { buyer: stageOffsets(laneStages.buyer), seller: stageOffsets(laneStages.seller) };
  for (const lane of ['buyer', 'seller'] as const)
    if (!laneStages[lane].length && payload.steps.some((c) => c.lane === lane)) return { ok: false, error: `Not pasted: add a ${lane} stage first, for the copied ${lane} steps.` };

  const dx = at ? at.laneX - GEOMETRY.stepWidth / 2 - Math.min(...payload.steps.map((c) => c.laneX)) : 0;
  const pointerLaneYs = payload.steps.filter((c) => c.lane === at?.lane).map((c) => c.step.y);
  const dy = at && pointerLaneYs.length ? at.laneY - GEOMETRY.stepHeight / 2 - Math.min(...pointerLaneYs) : 0;

  const byStage = new Map<string, Array<{ x: number; y: number }>>();
  for (const step of Object.values(target.steps)) byStage.set(step.stageId, [...(byStage.get(step.stageId) ?? []), step]);
  const ids = new Map<string, string>();
  const steps: Step[] = [];
  // Top to bottom, so a pasted column stays in its order as its cards make room for each other.
  const ordered = [...payload.steps].sort((a, b) => a.step.y - b.step.y || a.laneX - b.laneX);
  for (const copied of ordered) {
    const stages = laneStages[copied.lane];
    const stage = at ? stageAt(stages, copied.laneX + dx + GEOMETRY.stepWidth / 2)! : sameStage(copied, stages, target.stages);
    const left = offsets[copied.lane].get(stage.id) ?? 0;
    const x = at ? copied.laneX + dx - left : copied.step.x;
    const y = copied.step.y + (copied.lane === at?.lane ? dy : 0);
    const others = byStage.get(stage.id) ?? [];
    const spot = freeSpot(clampToStage(stage, x, y), others);
    const id = newId();
    ids.set(copied.step.id, id);
    const step: Step = { ...copied.step, id, stageId: stage.id, ...spot, exitCriteria: copied.step.exitCriteria.map((c) => ({ ...c, id: newId() })) };
    byStage.set(stage.id, [...others, step]);
    steps.push(step);
  }
  const links = payload.links.map((link) => ({ ...link, id: newId(), sourceId: ids.get(link.sourceId)!, targetId: ids.get(link.targetId)! }));
  return { ok: true, steps, links };
}
