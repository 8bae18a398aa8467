import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../domain/playbook';
import { samplePlan } from './export/samplePlan.test-helper';
import { findPlanProblems } from './integrity';
import type { Deviation, PlanDoc, PlanStep } from './plan';

const OWN_STEP = 'Security questionnaire, early';
const SPONSOR_STEP = 'Win an executive sponsor for fixing it';

describe('findPlanProblems', () => {
  // Built per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  let indexOf: (title: string) => number;
  let stepOf: (title: string) => PlanStep;
  let stageId: (name: string) => string;
  let editStep: (title: string, change: Partial<PlanStep>) => void;
  let withDeviation: (change: Partial<Deviation>) => PlanDoc;
  beforeEach(() => {
    ({ plan, playbook } = samplePlan());
    indexOf = (title) => plan.steps.findIndex((s) => s.title === title);
    stepOf = (title) => plan.steps.find((s) => s.title === title)!;
    stageId = (name) => playbook.stages.find((s) => s.name === name)!.id;
    editStep = (title, change) => {
      plan = { ...plan, steps: plan.steps.map((s) => (s.title === title ? { ...s, ...change } : s)) };
    };
    // A third deviation (index 2) after the sample's skip and add.
    withDeviation = (change) => ({
      ...plan,
      deviations: [
        ...plan.deviations,
        { id: 'dev-new', kind: 'skip', planStepId: null, stageId: null, category: 'other', reason: 'Because.', at: '2025-03-01T10:00:00.000Z', ...change },
      ],
    });
  });

  it('finds nothing wrong with a sound plan', () => {
    expect(findPlanProblems(plan, playbook)).toEqual([]);
  });

  it('refuses a plan paired with another playbook', () => {
    plan = { ...plan, plan: { ...plan.plan, playbookId: 'pb-other' } };
    playbook = { ...playbook, playbook: { ...playbook.playbook, id: 'pb-new-logo' } };
    expect(findPlanProblems(plan, playbook)).toEqual(['plan.playbookId: "pb-other" is not the playbook that comes with it ("pb-new-logo")']);
  });

  it('points at the second stakeholder with an id already in use', () => {
    const dana = plan.stakeholders[0]!;
    plan = { ...plan, stakeholders: [...plan.stakeholders, { ...dana, name: 'Dana again' }] };
    expect(findPlanProblems(plan, playbook)).toEqual([`stakeholders[2]: id "${dana.id}" is used more than once`]);
  });

  it('points at a deviation whose id is already in use', () => {
    plan = { ...plan, deviations: plan.deviations.map((d) => ({ ...d, id: 'dev-1' })) };
    expect(findPlanProblems(plan, playbook)).toEqual(['deviations[1]: id "dev-1" is used more than once']);
  });

  it('points at a step in a stage the playbook does not have', () => {
    editStep(OWN_STEP, { stageId: 'stage-gone' });
    expect(findPlanProblems(plan, playbook)).toEqual([`steps[${indexOf(OWN_STEP)}].stageId: no stage "stage-gone" in the playbook`]);
  });

  it('points at a buyer step placed in a seller stage', () => {
    editStep(OWN_STEP, { stageId: stageId('Prospect & qualify') });
    expect(findPlanProblems(plan, playbook)).toEqual([
      `steps[${indexOf(OWN_STEP)}].stageId: stage "Prospect & qualify" is in the seller lane, the step in the buyer lane`,
    ]);
  });

  it('points at a playbook step copied into the plan twice', () => {
    const sponsor = stepOf(SPONSOR_STEP);
    plan = { ...plan, steps: [...plan.steps, { ...sponsor, id: 'step-copy' }] };
    expect(findPlanProblems(plan, playbook)).toEqual([`steps[${plan.steps.length - 1}].playbookStepId: step "${sponsor.playbookStepId}" appears twice in the plan`]);
  });

  it('points at a step copied from a buyer playbook step but put in the seller lane', () => {
    // Moved, with the move on record, to a seller stage: only the lane is wrong.
    const sponsor = stepOf(SPONSOR_STEP);
    const seller = stageId('Prospect & qualify');
    editStep(SPONSOR_STEP, { lane: 'seller', stageId: seller });
    plan = withDeviation({ kind: 'move', planStepId: sponsor.id, stageId: seller });
    expect(findPlanProblems(plan, playbook)).toEqual([`steps[${indexOf(SPONSOR_STEP)}].lane: the playbook step is in the other lane`]);
  });

  it('points at a deviation about a step the plan does not have', () => {
    plan = withDeviation({ kind: 'skip', planStepId: 'step-gone' });
    expect(findPlanProblems(plan, playbook)).toEqual(['deviations[2].planStepId: no step "step-gone" in the plan']);
  });

  it('points at a deviation naming a stage the playbook does not have', () => {
    plan = withDeviation({ kind: 'move', planStepId: stepOf(SPONSOR_STEP).id, stageId: 'stage-gone' });
    expect(findPlanProblems(plan, playbook)).toEqual(['deviations[2].stageId: no stage "stage-gone" in the playbook']);
  });

  it('accepts a loop back to a buyer stage', () => {
    plan = withDeviation({ kind: 'loopBack', stageId: stageId('Problem identification') });
    expect(findPlanProblems(plan, playbook)).toEqual([]);
  });

  it('refuses a loop back that names no stage', () => {
    plan = withDeviation({ kind: 'loopBack', stageId: null });
    expect(findPlanProblems(plan, playbook)).toEqual(['deviations[2].stageId: a loop back returns to a buyer stage']);
  });

  it('refuses a loop back to a seller stage', () => {
    plan = withDeviation({ kind: 'loopBack', stageId: stageId('Discover') });
    expect(findPlanProblems(plan, playbook)).toEqual(['deviations[2].stageId: a loop back returns to a buyer stage']);
  });

  it('refuses a skip that names no step', () => {
    plan = withDeviation({ kind: 'skip', planStepId: null });
    expect(findPlanProblems(plan, playbook)).toEqual(['deviations[2].planStepId: a deviation of kind "skip" must name the step it concerns']);
  });

  it('asks for the reason a rep added a step of their own', () => {
    plan = { ...plan, deviations: plan.deviations.filter((d) => d.kind !== 'add') };
    expect(findPlanProblems(plan, playbook)).toEqual([`steps[${indexOf(OWN_STEP)}]: a step added to the plan needs a recorded reason (an add deviation)`]);
  });

  it('does not take an add that names no step as the reason for a step whose id reads "null"', () => {
    // "null" is a valid id; an add deviation that lost its step must not vouch for it.
    const own = stepOf(OWN_STEP);
    plan = {
      ...plan,
      steps: plan.steps.map((s) => (s.id === own.id ? { ...s, id: 'null' } : s)),
      deviations: plan.deviations.map((d) => (d.planStepId === own.id ? { ...d, planStepId: null } : d)),
    };
    expect(findPlanProblems(plan, playbook)).toEqual([
      'deviations[1].planStepId: a deviation of kind "add" must name the step it concerns',
      `steps[${indexOf(OWN_STEP)}]: a step added to the plan needs a recorded reason (an add deviation)`,
    ]);
  });
});
