import type { PlaybookDoc, Stage } from '../../shared/domain/playbook';
import { currentStage, stageProgress, type StageProgress } from '../../shared/plan/progress';
import type { Deviation, PlanDoc, PlanStep } from '../../shared/plan/plan';

/**
 * Lookups derived from one plan document, computed once per document and shared by every card
 * and panel that reads them (a card per step looking through the whole plan would cost n²).
 */
export interface PlanIndex {
  steps: Map<string, PlanStep>;
  deviationsByStep: Map<string, Deviation[]>;
  progress: Map<string, StageProgress>;
  current: { buyer: Stage | null; seller: Stage | null };
}

const cache = new WeakMap<PlanDoc, WeakMap<PlaybookDoc, PlanIndex>>();

export function planIndex(doc: PlanDoc, playbook: PlaybookDoc): PlanIndex {
  let forDoc = cache.get(doc);
  if (!forDoc) cache.set(doc, (forDoc = new WeakMap()));
  const hit = forDoc.get(playbook);
  if (hit) return hit;
  const deviationsByStep = new Map<string, Deviation[]>();
  for (const d of doc.deviations) {
    if (!d.planStepId) continue;
    const list = deviationsByStep.get(d.planStepId);
    if (list) list.push(d);
    else deviationsByStep.set(d.planStepId, [d]);
  }
  const index: PlanIndex = {
    steps: new Map(doc.steps.map((s) => [s.id, s] as const)),
    deviationsByStep,
    progress: new Map([...stageProgress(doc, playbook, 'buyer'), ...stageProgress(doc, playbook, 'seller')].map((p) => [p.stageId, p] as const)),
    current: { buyer: currentStage(doc, playbook, 'buyer'), seller: currentStage(doc, playbook, 'seller') },
  };
  forDoc.set(playbook, index);
  return index;
}
