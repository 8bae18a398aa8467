import { describe, expect, it } from 'vitest';
import { mutualActionPlan, stepDate } from './mutualActionPlan';
import type { PlanDoc, PlanStep } from './plan';

function step(id: string, change: Partial<PlanStep> = {}): PlanStep {
  return {
    id,
    playbookStepId: null,
    lane: 'buyer',
    stageId: 'stage-a',
    title: `Step ${id}`,
    status: 'notStarted',
    plannedDate: '2025-03-01',
    doneDate: null,
    buyerOwnerId: 'dana',
    sellerOwner: 'Sam Rep',
    stakeholderIds: [],
    evidence: [],
    notes: '',
    x: 0,
    y: 0,
    ...change,
  };
}

function plan(steps: PlanStep[]): PlanDoc {
  return {
    plan: { id: 'plan-1', playbookId: 'pb-1', account: 'Acme', opportunity: '', value: null, currency: 'EUR', targetCloseDate: null, rep: '', outcome: 'open', outcomeDate: null, outcomeNote: '', createdAt: '2025-02-01T10:00:00.000Z', updatedAt: '2025-02-01T10:00:00.000Z' },
    steps,
    stakeholders: [{ id: 'dana', name: 'Dana Smith', title: 'CFO', roles: [], stance: 'unknown', engagement: 'high' }],
    deviations: [],
  };
}

describe('stepDate', () => {
  it('is the done date of a done step, its planned date when it has no done date', () => {
    expect(stepDate(step('1', { status: 'done', plannedDate: '2025-03-01', doneDate: '2025-03-04' }))).toBe('2025-03-04');
    expect(stepDate(step('2', { status: 'done', plannedDate: '2025-03-01', doneDate: null }))).toBe('2025-03-01');
  });

  it('is the planned date of a step not done, even one that still carries a done date', () => {
    expect(stepDate(step('1', { status: 'inProgress', plannedDate: '2025-03-01', doneDate: '2025-02-20' }))).toBe('2025-03-01');
    expect(stepDate(step('2', { status: 'notStarted', plannedDate: null, doneDate: '2025-02-20' }))).toBeNull();
  });
});

describe('mutualActionPlan', () => {
  it('lists steps with a date and an owner on each side, in date order, done ones marked', () => {
    const rows = mutualActionPlan(
      plan([
        step('late', { plannedDate: '2025-03-09', lane: 'seller', status: 'inProgress' }),
        step('early', { status: 'done', plannedDate: '2025-03-20', doneDate: '2025-03-02' }),
        step('mid', { plannedDate: '2025-03-05' }),
      ]),
    );
    expect(rows).toEqual([
      { stepId: 'early', date: '2025-03-02', title: 'Step early', lane: 'buyer', status: 'done', buyerOwner: 'Dana Smith', sellerOwner: 'Sam Rep', done: true },
      { stepId: 'mid', date: '2025-03-05', title: 'Step mid', lane: 'buyer', status: 'notStarted', buyerOwner: 'Dana Smith', sellerOwner: 'Sam Rep', done: false },
      { stepId: 'late', date: '2025-03-09', title: 'Step late', lane: 'seller', status: 'inProgress', buyerOwner: 'Dana Smith', sellerOwner: 'Sam Rep', done: false },
    ]);
  });

  it('keeps the plan order for steps on the same day', () => {
    const rows = mutualActionPlan(plan([step('b', { plannedDate: '2025-03-02' }), step('first'), step('second'), step('a', { plannedDate: '2025-02-02' }), step('third')]));
    expect(rows.map((r) => r.stepId)).toEqual(['a', 'first', 'second', 'third', 'b']);
  });

  it('leaves out skipped steps and steps without a date, a known customer owner or a seller owner', () => {
    const rows = mutualActionPlan(
      plan([
        step('kept'),
        step('skipped', { status: 'skipped' }),
        step('undated', { plannedDate: null }),
        step('no-buyer', { buyerOwnerId: null }),
        step('unknown-buyer', { buyerOwnerId: 'someone-removed' }),
        step('no-seller', { sellerOwner: '' }),
        step('blank-seller', { sellerOwner: '   ' }),
      ]),
    );
    expect(rows.map((r) => r.stepId)).toEqual(['kept']);
  });
});
