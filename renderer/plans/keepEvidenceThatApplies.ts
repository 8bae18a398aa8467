import type { PlaybookDoc } from '../../shared/domain/playbook';
import type { PlanDoc } from '../../shared/plan/plan';
import { useNotices } from '../ui/notices';

/**
 * Evidence answers an exit criterion of the step or of its stage. A step moved to another stage
 * leaves the old stage's criteria behind, so its notes on them go too (the plan would otherwise
 * point at criteria it no longer has), and the rep is told.
 */
export function keepEvidenceThatApplies(doc: PlanDoc, playbook: PlaybookDoc, stepId: string): PlanDoc {
  const step = doc.steps.find((s) => s.id === stepId);
  if (!step || step.evidence.length === 0) return doc;
  const source = step.playbookStepId ? playbook.steps.find((s) => s.id === step.playbookStepId) : undefined;
  const stage = playbook.stages.find((s) => s.id === step.stageId);
  const applies = new Set([...(source?.exitCriteria ?? []), ...(stage?.exitCriteria ?? [])].map((c) => c.id));
  const evidence = step.evidence.filter((e) => applies.has(e.criterionId));
  if (evidence.length === step.evidence.length) return doc;
  const dropped = step.evidence.length - evidence.length;
  useNotices.getState().show(`${dropped} evidence note${dropped === 1 ? '' : 's'} on the old stage's exit criteria no longer apply and were removed (Undo brings them back).`);
  return { ...doc, steps: doc.steps.map((s) => (s.id === stepId ? { ...s, evidence } : s)) };
}
