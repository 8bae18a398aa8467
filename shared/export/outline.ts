import { stagesOf } from '../canvas/geometry';
import type { Lane, Link, MirrorRelation, PlaybookDoc, Stage, Step } from '../domain/playbook';
import { LANES } from '../domain/playbook';

/** The names the canvas gives its two lanes; every export uses the same words. */
export const LANE_LABELS: Record<Lane, string> = {
  buyer: 'Buyer journey',
  seller: 'Seller process',
};

export interface StageOutline {
  stage: Stage;
  steps: Step[];
}

export interface LaneOutline {
  lane: Lane;
  label: string;
  stages: StageOutline[];
}

/**
 * The playbook in reading order: buyer lane then seller lane, stages by column order, steps top
 * to bottom (then left to right) as they sit on the canvas. Text exports follow this order so a
 * reader meets steps where the canvas shows them. Steps of a missing stage are left out, as
 * layoutCanvas leaves them out of the drawing.
 */
export function outlinePlaybook(doc: Pick<PlaybookDoc, 'stages' | 'steps'>): LaneOutline[] {
  const byStage = new Map<string, Step[]>();
  for (const step of doc.steps) {
    const list = byStage.get(step.stageId);
    if (list) list.push(step);
    else byStage.set(step.stageId, [step]);
  }
  return LANES.map((lane) => ({
    lane,
    label: LANE_LABELS[lane],
    stages: stagesOf(doc.stages, lane).map((stage) => ({
      stage,
      steps: [...(byStage.get(stage.id) ?? [])].sort((a, b) => a.y - b.y || a.x - b.x),
    })),
  }));
}

/** Every step in reading order, with its lane and stage. */
export function stepsInReadingOrder(outline: readonly LaneOutline[]): Array<{ lane: Lane; stage: Stage; step: Step }> {
  return outline.flatMap((l) => l.stages.flatMap((s) => s.steps.map((step) => ({ lane: l.lane, stage: s.stage, step }))));
}

/** A mirror link's relation as one of the two words exports print; anything else reads as "supports". */
export function relationOf(link: Pick<Link, 'relation'>): MirrorRelation {
  return link.relation === 'verifies' ? 'verifies' : 'supports';
}
