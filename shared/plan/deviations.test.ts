import { describe, expect, it } from 'vitest';
import { addOwnStep, deviationsOf, loopBack, moveStep, removeOwnStep, skipStep, type DeviationContext } from './deviations';
import type { Deviation, PlanDoc, PlanStep } from './plan';

function step(id: string, change: Partial<PlanStep> = {}): PlanStep {
  return {
    id,
    playbookStepId: `pb-${id}`,
    lane: 'buyer',
    stageId: 'stage-a',
    title: `Step ${id}`,
    status: 'notStarted',
    plannedDate: null,
    doneDate: null,
    buyerOwnerId: null,
    sellerOwner: '',
    stakeholderIds: [],
    evidence: [],
    notes: '',
    x: 0,
    y: 0,
    ...change,
  };
}

function deviation(id: string, planStepId: string | null): Deviation {
  return { id, kind: 'skip', planStepId, stageId: null, category: 'customer', reason: 'They asked.', at: '2025-02-01T10:00:00.000Z' };
}

function plan(steps: PlanStep[], deviations: Deviation[] = []): PlanDoc {
  return {
    plan: {
      id: 'plan-1',
      playbookId: 'pb-1',
      account: 'Acme',
      opportunity: '',
      value: null,
      currency: 'EUR',
      targetCloseDate: null,
      rep: '',
      outcome: 'open',
      outcomeDate: null,
      outcomeNote: '',
      createdAt: '2025-02-01T10:00:00.000Z',
      updatedAt: '2025-02-01T10:00:00.000Z',
    },
    steps,
    stakeholders: [],
    deviations,
  };
}

function context(): DeviationContext {
  let n = 0;
  return { newId: () => `new-${++n}`, now: '2025-03-01T09:00:00.000Z' };
}

describe('skipStep', () => {
  it('marks only that step skipped and records the reason without surrounding spaces', () => {
    const before = plan([step('s1'), step('s2')]);
    const after = skipStep(before, 's2', { category: 'timing', reason: '  Budget frozen until Q3  ' }, context());
    expect(after.steps.map((s) => s.status)).toEqual(['notStarted', 'skipped']);
    expect(after.deviations).toEqual([
      { id: 'new-1', kind: 'skip', planStepId: 's2', stageId: null, category: 'timing', reason: 'Budget frozen until Q3', at: '2025-03-01T09:00:00.000Z' },
    ]);
  });

  it('refuses a step that is not in the plan', () => {
    const before = plan([step('s1')]);
    expect(() => skipStep(before, 'nope', { category: 'timing', reason: 'Later.' }, context())).toThrow('No step "nope" in this plan.');
    expect(before.steps[0]!.status).toBe('notStarted');
  });

  it('refuses an empty or blank reason', () => {
    const before = plan([step('s1')]);
    expect(() => skipStep(before, 's1', { category: 'timing', reason: '' }, context())).toThrow('Say why: a deviation needs a reason.');
    expect(() => skipStep(before, 's1', { category: 'timing', reason: '   ' }, context())).toThrow('Say why: a deviation needs a reason.');
    expect(before.deviations).toEqual([]);
  });
});

describe('addOwnStep', () => {
  it('adds a not-started step of the rep with every field empty, and records why', () => {
    const result = addOwnStep(plan([step('s1')]), { lane: 'seller', stageId: 'stage-b', title: 'Security review', x: 20, y: 40 }, { category: 'customer', reason: 'Their CISO asked.' }, context());
    expect(result.stepId).toBe('new-1');
    expect(result.plan.steps[1]).toEqual({
      id: 'new-1',
      playbookStepId: null,
      lane: 'seller',
      stageId: 'stage-b',
      title: 'Security review',
      status: 'notStarted',
      plannedDate: null,
      doneDate: null,
      buyerOwnerId: null,
      sellerOwner: '',
      stakeholderIds: [],
      evidence: [],
      notes: '',
      x: 20,
      y: 40,
    });
    expect(result.plan.deviations).toEqual([
      { id: 'new-2', kind: 'add', planStepId: 'new-1', stageId: 'stage-b', category: 'customer', reason: 'Their CISO asked.', at: '2025-03-01T09:00:00.000Z' },
    ]);
  });
});

describe('removeOwnStep', () => {
  it('removes a step the rep added together with its deviations, keeping the others', () => {
    const before = plan([step('s1'), step('own', { playbookStepId: null }), step('s3')], [deviation('d1', 's1'), deviation('d2', 'own'), deviation('d3', null)]);
    const after = removeOwnStep(before, 'own');
    expect(after.steps.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(after.deviations.map((d) => d.id)).toEqual(['d1', 'd3']);
  });

  it('refuses to remove a step that came from the playbook', () => {
    const before = plan([step('s1'), step('own', { playbookStepId: null })]);
    expect(() => removeOwnStep(before, 's1')).toThrow('Only steps you added can be removed; skip a playbook step instead.');
  });
});

describe('moveStep', () => {
  it('puts only that step in the new stage and place, and records the move', () => {
    const before = plan([step('s1'), step('s2')]);
    const after = moveStep(before, 's2', { stageId: 'stage-b', x: 15, y: 25 }, { category: 'dealSize', reason: 'Small deal.' }, context());
    expect(after.steps.map((s) => [s.id, s.stageId, s.x, s.y])).toEqual([
      ['s1', 'stage-a', 0, 0],
      ['s2', 'stage-b', 15, 25],
    ]);
    expect(after.deviations.map((d) => [d.kind, d.planStepId, d.stageId])).toEqual([['move', 's2', 'stage-b']]);
  });
});

describe('loopBack', () => {
  it('reopens the done steps of that stage only, clearing their done date', () => {
    const before = plan([
      step('a-done', { status: 'done', doneDate: '2025-02-03' }),
      step('a-skipped', { status: 'skipped' }),
      step('a-open', { status: 'notStarted' }),
      step('b-done', { stageId: 'stage-b', status: 'done', doneDate: '2025-02-04' }),
    ]);
    const after = loopBack(before, 'stage-a', { category: 'customer', reason: 'New CFO reopened the problem.' }, context());
    expect(after.steps.map((s) => [s.id, s.status, s.doneDate])).toEqual([
      ['a-done', 'inProgress', null],
      ['a-skipped', 'skipped', null],
      ['a-open', 'notStarted', null],
      ['b-done', 'done', '2025-02-04'],
    ]);
    expect(after.deviations.map((d) => [d.kind, d.planStepId, d.stageId])).toEqual([['loopBack', null, 'stage-a']]);
  });
});

describe('deviationsOf', () => {
  it('lists the deviations about one step, oldest first', () => {
    const doc = plan([step('s1'), step('s2')], [deviation('d1', 's1'), deviation('d2', 's2'), deviation('d3', null), deviation('d4', 's1')]);
    expect(deviationsOf(doc, 's1').map((d) => d.id)).toEqual(['d1', 'd4']);
  });
});
