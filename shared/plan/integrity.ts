import type { PlaybookDoc, Stage } from '../domain/playbook';
import type { PlanDoc } from './plan';

/**
 * Rules a plan must satisfy against its pinned playbook version, beyond field shapes: every
 * reference resolves, ids are unique, and every departure from the playbook is on record with a
 * reason. Paths start at the plan body ("steps[3].stageId"); empty means sound.
 */
export function findPlanProblems(plan: PlanDoc, playbook: PlaybookDoc): string[] {
  const problems: string[] = [];
  if (plan.plan.playbookId !== playbook.playbook.id) {
    problems.push(`plan.playbookId: "${plan.plan.playbookId}" is not the playbook that comes with it ("${playbook.playbook.id}")`);
  }
  const seen = new Set<string>();
  const unique = (id: string, where: string) => {
    if (seen.has(id)) problems.push(`${where}: id "${id}" is used more than once`);
    seen.add(id);
  };

  // Looked up by a nullable reference too: no stage is found under null, as under an unknown id.
  const stages = new Map<string | null, Stage>(playbook.stages.map((s) => [s.id, s] as const));
  const playbookSteps = new Map(playbook.steps.map((s) => [s.id, s] as const));
  const people = new Set<string>();
  plan.stakeholders.forEach((p, i) => {
    unique(p.id, `stakeholders[${i}]`);
    people.add(p.id);
  });

  const steps = new Set<string>();
  const fromPlaybook = new Set<string>();
  plan.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    unique(step.id, at);
    steps.add(step.id);
    const stage = stages.get(step.stageId);
    if (!stage) problems.push(`${at}.stageId: no stage "${step.stageId}" in the playbook`);
    else if (stage.lane !== step.lane) problems.push(`${at}.stageId: stage "${stage.name}" is in the ${stage.lane} lane, the step in the ${step.lane} lane`);
    let criteria = new Set<string>(stage?.exitCriteria.map((c) => c.id));
    if (step.playbookStepId !== null) {
      const source = playbookSteps.get(step.playbookStepId);
      if (!source) problems.push(`${at}.playbookStepId: no step "${step.playbookStepId}" in the playbook`);
      else {
        if (fromPlaybook.has(source.id)) problems.push(`${at}.playbookStepId: step "${source.id}" appears twice in the plan`);
        fromPlaybook.add(source.id);
        if (stages.get(source.stageId)?.lane !== step.lane) problems.push(`${at}.lane: the playbook step is in the other lane`);
        criteria = new Set([...criteria, ...source.exitCriteria.map((c) => c.id)]);
      }
    }
    if (step.buyerOwnerId !== null && !people.has(step.buyerOwnerId)) problems.push(`${at}.buyerOwnerId: no stakeholder "${step.buyerOwnerId}"`);
    step.stakeholderIds.forEach((id, j) => {
      if (!people.has(id)) problems.push(`${at}.stakeholderIds[${j}]: no stakeholder "${id}"`);
    });
    step.evidence.forEach((e, j) => {
      if (!criteria.has(e.criterionId)) problems.push(`${at}.evidence[${j}].criterionId: no exit criterion "${e.criterionId}" on this step or its stage`);
    });
  });

  const recorded = new Set<string>();
  plan.deviations.forEach((d, i) => {
    const at = `deviations[${i}]`;
    unique(d.id, at);
    if (d.planStepId !== null && !steps.has(d.planStepId)) problems.push(`${at}.planStepId: no step "${d.planStepId}" in the plan`);
    if (d.stageId !== null && !stages.has(d.stageId)) problems.push(`${at}.stageId: no stage "${d.stageId}" in the playbook`);
    if (d.kind === 'loopBack' && stages.get(d.stageId)?.lane !== 'buyer') problems.push(`${at}.stageId: a loop back returns to a buyer stage`);
    if (d.kind !== 'loopBack' && d.planStepId === null) problems.push(`${at}.planStepId: a deviation of kind "${d.kind}" must name the step it concerns`);
    if (d.planStepId !== null) recorded.add(`${d.kind}:${d.planStepId}`);
  });

  plan.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (step.status === 'skipped' && !recorded.has(`skip:${step.id}`)) problems.push(`${at}.status: a skipped step needs a recorded reason (a skip deviation)`);
    if (step.playbookStepId === null && !recorded.has(`add:${step.id}`)) problems.push(`${at}: a step added to the plan needs a recorded reason (an add deviation)`);
    const source = step.playbookStepId === null ? undefined : playbookSteps.get(step.playbookStepId);
    if (source && source.stageId !== step.stageId && !recorded.has(`move:${step.id}`)) {
      problems.push(`${at}.stageId: a step moved to another stage needs a recorded reason (a move deviation)`);
    }
  });
  return problems;
}
