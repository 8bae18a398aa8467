import type { NewId } from '../domain/ids';
import type { PlanDoc } from './plan';

/**
 * A copy of the plan with fresh ids for the plan, its steps, stakeholders and deviations, and its
 * references to the playbook rewritten through `playbookIds` (old → new, from remapIds) when the
 * pinned playbook itself arrived as a copy. Ids missing from that map are kept.
 */
export function remapPlanIds(doc: PlanDoc, newId: NewId | null, playbookIds: ReadonlyMap<string, string> = new Map()): PlanDoc {
  const own = new Map<string, string>();
  const fresh = (id: string) => {
    if (!newId) return id;
    let next = own.get(id);
    if (next === undefined) own.set(id, (next = newId()));
    return next;
  };
  const pb = (id: string) => playbookIds.get(id) ?? id;
  const people = new Map(doc.stakeholders.map((p) => [p.id, fresh(p.id)] as const));
  const steps = new Map(doc.steps.map((s) => [s.id, fresh(s.id)] as const));
  const person = (id: string) => people.get(id) ?? id;
  return {
    plan: { ...doc.plan, id: fresh(doc.plan.id), playbookId: pb(doc.plan.playbookId) },
    steps: doc.steps.map((s) => ({
      ...s,
      id: steps.get(s.id)!,
      playbookStepId: s.playbookStepId === null ? null : pb(s.playbookStepId),
      stageId: pb(s.stageId),
      buyerOwnerId: s.buyerOwnerId === null ? null : person(s.buyerOwnerId),
      stakeholderIds: s.stakeholderIds.map(person),
      evidence: s.evidence.map((e) => ({ ...e, criterionId: pb(e.criterionId) })),
    })),
    stakeholders: doc.stakeholders.map((p) => ({ ...p, id: people.get(p.id)!, roles: [...p.roles] })),
    deviations: doc.deviations.map((d) => ({
      ...d,
      id: fresh(d.id),
      planStepId: d.planStepId === null ? null : (steps.get(d.planStepId) ?? d.planStepId),
      stageId: d.stageId === null ? null : pb(d.stageId),
    })),
  };
}
