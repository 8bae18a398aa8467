import { describe, expect, it } from 'vitest';
import type { PlaybookDoc, Stage } from '../domain/playbook';
import type { PlanDoc, PlanStep } from './plan';
import { currentStage, stageProgress } from './progress';

function stage(id: string, order: number, change: Partial<Stage> = {}): Stage {
  return { id, lane: 'buyer', name: `Stage ${id}`, order, width: 300, expectedDays: null, alwaysOn: false, revisitable: false, exitCriteria: [], ...change };
}

function playbook(stages: Stage[]): PlaybookDoc {
  return {
    playbook: { id: 'pb-1', name: 'Playbook', motion: '', description: '', version: 1, status: 'published', parentId: null, templateId: null, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
    viewport: null,
    stages,
    steps: [],
    links: [],
    assumptions: [],
  };
}

function step(id: string, stageId: string, status: PlanStep['status']): PlanStep {
  return { id, playbookStepId: null, lane: 'buyer', stageId, title: id, status, plannedDate: null, doneDate: null, buyerOwnerId: null, sellerOwner: '', stakeholderIds: [], evidence: [], notes: '', x: 0, y: 0 };
}

function plan(steps: PlanStep[]): PlanDoc {
  return {
    plan: { id: 'plan-1', playbookId: 'pb-1', account: 'Acme', opportunity: '', value: null, currency: 'EUR', targetCloseDate: null, rep: '', outcome: 'open', outcomeDate: null, outcomeNote: '', createdAt: '2025-02-01T10:00:00.000Z', updatedAt: '2025-02-01T10:00:00.000Z' },
    steps,
    stakeholders: [],
    deviations: [],
  };
}

describe('stageProgress', () => {
  it('lists the stages of one lane in their column order, whatever order the playbook stores them in', () => {
    const pb = playbook([stage('c', 2), stage('a', 0), stage('s', 0, { lane: 'seller' }), stage('b', 1)]);
    const doc = plan([step('1', 'a', 'done'), step('2', 'a', 'skipped'), step('3', 'b', 'inProgress'), step('4', 'b', 'notStarted')]);
    expect(stageProgress(doc, pb, 'buyer')).toEqual([
      { stageId: 'a', lane: 'buyer', name: 'Stage a', total: 2, done: 1, skipped: 1, inProgress: 0, finished: 2 },
      { stageId: 'b', lane: 'buyer', name: 'Stage b', total: 2, done: 0, skipped: 0, inProgress: 1, finished: 0 },
      { stageId: 'c', lane: 'buyer', name: 'Stage c', total: 0, done: 0, skipped: 0, inProgress: 0, finished: 0 },
    ]);
  });
});

describe('currentStage', () => {
  it('is the first stage in order with a step neither done nor skipped', () => {
    const pb = playbook([stage('c', 2), stage('b', 1), stage('a', 0)]);
    const doc = plan([step('1', 'a', 'done'), step('2', 'a', 'skipped'), step('3', 'c', 'notStarted'), step('4', 'b', 'inProgress')]);
    expect(currentStage(doc, pb, 'buyer')?.id).toBe('b');
  });

  it('passes over a finished stage even when a later one is still open', () => {
    const pb = playbook([stage('a', 0), stage('b', 1)]);
    const doc = plan([step('1', 'a', 'done'), step('2', 'b', 'notStarted')]);
    expect(currentStage(doc, pb, 'buyer')?.id).toBe('b');
  });

  it('is never an always-on stage, even one with open steps', () => {
    const pb = playbook([stage('validation', 0, { alwaysOn: true }), stage('a', 1)]);
    const doc = plan([step('1', 'validation', 'notStarted'), step('2', 'a', 'inProgress')]);
    expect(currentStage(doc, pb, 'buyer')?.id).toBe('a');
  });

  it('is none when every step is done or skipped', () => {
    const pb = playbook([stage('a', 0), stage('b', 1)]);
    const doc = plan([step('1', 'a', 'done'), step('2', 'b', 'skipped')]);
    expect(currentStage(doc, pb, 'buyer')).toBeNull();
  });
});
