import type { NewId } from '../domain/ids';
import type { Lane } from '../domain/playbook';
import type { Deviation, DeviationCategory, PlanDoc, PlanStep } from './plan';

/** Why the rep departed from the playbook: a category and a sentence, both required. */
export interface Reason {
  category: DeviationCategory;
  reason: string;
}

export interface DeviationContext {
  newId: NewId;
  now: string;
}

function record(plan: PlanDoc, deviation: Omit<Deviation, 'id' | 'at'>, context: DeviationContext): Deviation[] {
  return [...plan.deviations, { ...deviation, reason: deviation.reason.trim(), id: context.newId(), at: context.now }];
}

function requireStep(plan: PlanDoc, stepId: string): PlanStep {
  const step = plan.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`No step "${stepId}" in this plan.`);
  return step;
}

function requireReason(reason: Reason) {
  if (!reason.reason.trim()) throw new Error('Say why: a deviation needs a reason.');
}

/** The rep will not do this step on this deal. */
export function skipStep(plan: PlanDoc, stepId: string, reason: Reason, context: DeviationContext): PlanDoc {
  requireReason(reason);
  requireStep(plan, stepId);
  return {
    ...plan,
    steps: plan.steps.map((s) => (s.id === stepId ? { ...s, status: 'skipped' } : s)),
    deviations: record(plan, { kind: 'skip', planStepId: stepId, stageId: null, ...reason }, context),
  };
}

export interface AddedStep {
  lane: Lane;
  stageId: string;
  title: string;
  x: number;
  y: number;
}

/** A step of the rep's own, not in the playbook. Returns the plan and the new step's id. */
export function addOwnStep(plan: PlanDoc, added: AddedStep, reason: Reason, context: DeviationContext): { plan: PlanDoc; stepId: string } {
  requireReason(reason);
  const step: PlanStep = {
    id: context.newId(),
    playbookStepId: null,
    lane: added.lane,
    stageId: added.stageId,
    title: added.title,
    status: 'notStarted',
    plannedDate: null,
    doneDate: null,
    buyerOwnerId: null,
    sellerOwner: '',
    stakeholderIds: [],
    evidence: [],
    notes: '',
    x: added.x,
    y: added.y,
  };
  return {
    plan: {
      ...plan,
      steps: [...plan.steps, step],
      deviations: record(plan, { kind: 'add', planStepId: step.id, stageId: added.stageId, ...reason }, context),
    },
    stepId: step.id,
  };
}

/** Removes a step the rep added, with the record of adding it: it never happened on this deal. */
export function removeOwnStep(plan: PlanDoc, stepId: string): PlanDoc {
  const step = requireStep(plan, stepId);
  if (step.playbookStepId !== null) throw new Error('Only steps you added can be removed; skip a playbook step instead.');
  return {
    ...plan,
    steps: plan.steps.filter((s) => s.id !== stepId),
    deviations: plan.deviations.filter((d) => d.planStepId !== stepId),
  };
}

/** The step happens in another stage of its lane on this deal. */
export function moveStep(plan: PlanDoc, stepId: string, to: { stageId: string; x: number; y: number }, reason: Reason, context: DeviationContext): PlanDoc {
  requireReason(reason);
  requireStep(plan, stepId);
  return {
    ...plan,
    steps: plan.steps.map((s) => (s.id === stepId ? { ...s, stageId: to.stageId, x: to.x, y: to.y } : s)),
    deviations: record(plan, { kind: 'move', planStepId: stepId, stageId: to.stageId, ...reason }, context),
  };
}

/**
 * The buyer went back to an earlier stage (buyers loop). Its done steps are open again (in
 * progress, done date cleared), so the deal's current stage becomes that one.
 */
export function loopBack(plan: PlanDoc, stageId: string, reason: Reason, context: DeviationContext): PlanDoc {
  requireReason(reason);
  return {
    ...plan,
    steps: plan.steps.map((s) => (s.stageId === stageId && s.status === 'done' ? { ...s, status: 'inProgress', doneDate: null } : s)),
    deviations: record(plan, { kind: 'loopBack', planStepId: null, stageId, ...reason }, context),
  };
}

/** Deviations about one step, oldest first: the badge on its card and its history in the inspector. */
export const deviationsOf = (plan: PlanDoc, stepId: string): Deviation[] => plan.deviations.filter((d) => d.planStepId === stepId);
