import { newStep } from '../domain/newStep';
import type { PlaybookDoc } from '../domain/playbook';
import type { PlanDoc } from '../plan/plan';

/**
 * The playbook as this deal runs it, so a plan compares with its pinned version like one playbook
 * with another: skipped steps are gone, the rep's own steps are there under their plan ids, moved
 * steps sit in their plan stages. A plan step keeps its playbook step's id, which is what matches
 * it; links stay where both of their steps are still in the deal.
 */
export function planAsPlaybook(plan: PlanDoc, playbook: PlaybookDoc): PlaybookDoc {
  const byId = new Map(playbook.steps.map((s) => [s.id, s]));
  const steps = plan.steps
    .filter((s) => s.status !== 'skipped')
    .map((s) => {
      const base = s.playbookStepId === null ? undefined : byId.get(s.playbookStepId);
      return base ? { ...base, stageId: s.stageId, title: s.title } : newStep({ id: s.id, stageId: s.stageId, title: s.title, x: s.x, y: s.y });
    });
  const present = new Set(steps.map((s) => s.id));
  return {
    ...playbook,
    playbook: { ...playbook.playbook, name: plan.plan.account },
    steps,
    links: playbook.links.filter((l) => present.has(l.sourceId) && present.has(l.targetId)),
  };
}
