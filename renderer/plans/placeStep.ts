import { GEOMETRY, slotPosition } from '../../shared/canvas/geometry';
import type { PlanDoc } from '../../shared/plan/plan';

/** A free spot in a stage's column for a step added or moved there: below the steps already in it. */
export function placeBelow(doc: PlanDoc, stageId: string, exceptId?: string): { x: number; y: number } {
  const inStage = doc.steps.filter((s) => s.stageId === stageId && s.id !== exceptId);
  if (!inStage.length) return slotPosition(0);
  return { x: GEOMETRY.stepInsetX, y: inStage.reduce((y, s) => Math.max(y, s.y + GEOMETRY.stepHeight + GEOMETRY.stepGapY), 0) };
}
