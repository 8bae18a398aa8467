import { describe, expect, it } from 'vitest';
import { newStep } from '../domain/newStep';
import type { PlaybookDoc, Stage } from '../domain/playbook';
import { newPlanFromPlaybook } from './newPlan';

function stage(id: string, lane: Stage['lane']): Stage {
  return { id, lane, name: id, order: 0, width: 300, expectedDays: null, alwaysOn: false, revisitable: false, exitCriteria: [] };
}

function playbook(): PlaybookDoc {
  return {
    playbook: { id: 'pb-7', name: 'New logo', motion: '', description: '', version: 1, status: 'published', parentId: null, templateId: null, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
    viewport: null,
    stages: [stage('buy-1', 'buyer'), stage('sell-1', 'seller')],
    steps: [newStep({ id: 'st-1', stageId: 'sell-1', title: 'Discovery call', x: 10, y: 20 })],
    links: [],
    assumptions: [],
  };
}

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('newPlanFromPlaybook', () => {
  it('leaves the fields a rep did not type empty and trims the account name', () => {
    const doc = newPlanFromPlaybook(playbook(), { account: '  Acme Corp  ' }, { newId: counter(), now: '2025-02-01T10:00:00.000Z' });
    expect(doc.plan).toEqual({
      id: 'id-1',
      playbookId: 'pb-7',
      account: 'Acme Corp',
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
    });
  });

  it('copies every playbook step as not started, with no owner and no notes', () => {
    const doc = newPlanFromPlaybook(playbook(), { account: 'Acme' }, { newId: counter(), now: '2025-02-01T10:00:00.000Z' });
    expect(doc.steps).toEqual([
      {
        id: 'id-2',
        playbookStepId: 'st-1',
        lane: 'seller',
        stageId: 'sell-1',
        title: 'Discovery call',
        status: 'notStarted',
        plannedDate: null,
        doneDate: null,
        buyerOwnerId: null,
        sellerOwner: '',
        stakeholderIds: [],
        evidence: [],
        notes: '',
        x: 10,
        y: 20,
      },
    ]);
    expect(doc.stakeholders).toEqual([]);
    expect(doc.deviations).toEqual([]);
  });
});
