import { describe, expect, it } from 'vitest';
import { findPlanProblems } from '../integrity';
import { PlanDoc } from '../plan';
import { samplePlan } from './samplePlan.test-helper';

// The exports are tested on these plans, so they must be plans the app could really hold.
describe('samplePlan', () => {
  it.each([false, true])('is a valid plan of its playbook (hostile: %s)', (hostile) => {
    const { plan, playbook } = samplePlan({ hostile });
    expect(PlanDoc.safeParse(plan).error).toBeUndefined();
    expect(findPlanProblems(plan, playbook)).toEqual([]);
  });
});
