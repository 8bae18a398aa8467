import { describe, expect, it } from 'vitest';
import { PLAN_LIMITS } from '../plan/plan';
import { findPlanCountProblem } from './planCounts';

describe('findPlanCountProblem', () => {
  it.each([
    ['steps', PLAN_LIMITS.stepsPerPlan, 'plan.steps: 11,001 steps; a plan holds at most 11,000.'],
    ['stakeholders', PLAN_LIMITS.stakeholders, 'plan.stakeholders: 501 stakeholders; a plan holds at most 500.'],
    ['deviations', PLAN_LIMITS.deviations, 'plan.deviations: 10,001 deviations; a plan holds at most 10,000.'],
  ])('%s: accepts a list at its cap and refuses one more, with the count and the cap', (key, max, message) => {
    expect(findPlanCountProblem({ [key]: new Array(max).fill(null) }, 'plan')).toBeNull();
    expect(findPlanCountProblem({ [key]: new Array(max + 1).fill(null) }, 'plan')).toBe(message);
  });

  it('names the list by the path it was given', () => {
    expect(findPlanCountProblem({ stakeholders: new Array(501).fill(null) }, 'deal')).toBe('deal.stakeholders: 501 stakeholders; a plan holds at most 500.');
  });

  it('reports the first list over its cap', () => {
    const body = { steps: new Array(PLAN_LIMITS.stepsPerPlan + 1).fill(null), stakeholders: new Array(501).fill(null) };
    expect(findPlanCountProblem(body, 'plan')).toMatch(/^plan\.steps: /);
  });

  it.each([
    ['null', null],
    ['nothing', undefined],
    ['a text', 'steps'],
    ['a number', 7],
    ['a list', [1, 2]],
    ['an object whose lists are not lists', { steps: 'lots', stakeholders: 600 }],
  ])('leaves %s to the schema', (_name, body) => {
    expect(findPlanCountProblem(body, 'plan')).toBeNull();
  });
});
