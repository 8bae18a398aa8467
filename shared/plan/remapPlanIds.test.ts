import { describe, expect, it } from 'vitest';
import type { PlanDoc } from './plan';
import { remapPlanIds } from './remapPlanIds';

function doc(): PlanDoc {
  return {
    plan: { id: 'plan-1', playbookId: 'pb-1', account: 'Acme', opportunity: '', value: null, currency: 'EUR', targetCloseDate: null, rep: '', outcome: 'open', outcomeDate: null, outcomeNote: '', createdAt: '2025-02-01T10:00:00.000Z', updatedAt: '2025-02-01T10:00:00.000Z' },
    steps: [
      { id: 'step-1', playbookStepId: 'pbstep-1', lane: 'buyer', stageId: 'stage-1', title: 'Kickoff', status: 'done', plannedDate: null, doneDate: '2025-02-03', buyerOwnerId: 'person-1', sellerOwner: 'Sam', stakeholderIds: ['person-1'], evidence: [{ criterionId: 'crit-1', note: 'Signed.' }], notes: '', x: 0, y: 0 },
    ],
    stakeholders: [{ id: 'person-1', name: 'Dana Smith', title: 'CFO', roles: ['economicBuyer', 'coach'], stance: 'mobilizer', engagement: 'high' }],
    deviations: [
      { id: 'dev-1', kind: 'skip', planStepId: 'step-1', stageId: null, category: 'customer', reason: 'They asked.', at: '2025-02-04T10:00:00.000Z' },
      { id: 'dev-2', kind: 'loopBack', planStepId: null, stageId: 'stage-1', category: 'customer', reason: 'New CFO.', at: '2025-02-05T10:00:00.000Z' },
    ],
  };
}

function counter() {
  let n = 0;
  return () => `new-${++n}`;
}

describe('remapPlanIds', () => {
  it('gives every stakeholder a fresh id and keeps their buying roles', () => {
    const copy = remapPlanIds(doc(), counter());
    expect(copy.stakeholders).toEqual([{ id: 'new-1', name: 'Dana Smith', title: 'CFO', roles: ['economicBuyer', 'coach'], stance: 'mobilizer', engagement: 'high' }]);
    expect(copy.steps[0]!.buyerOwnerId).toBe('new-1');
    expect(copy.steps[0]!.stakeholderIds).toEqual(['new-1']);
  });

  it('maps an id that appears twice in the file to one new id', () => {
    const original = doc();
    // A file edited by hand can repeat an id; references to it must still agree after the copy.
    const repeated = { ...original, deviations: original.deviations.map((d) => ({ ...d, id: 'dev-1' })) };
    const copy = remapPlanIds(repeated, counter());
    expect(copy.deviations.map((d) => d.id)).toEqual(['new-4', 'new-4']);
  });
});
