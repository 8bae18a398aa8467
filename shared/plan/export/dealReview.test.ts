import { beforeEach, describe, expect, it } from 'vitest';
import type { ExitCriterion, PlaybookDoc, Stage, Step } from '../../domain/playbook';
import type { PlanDoc, PlanStep, Stakeholder } from '../plan';
import { dealReview } from './dealReview';

const buyer = (id: string, statement: string): ExitCriterion => ({ id, statement, actor: 'buyer' });
const seller = (id: string, statement: string): ExitCriterion => ({ id, statement, actor: 'seller' });

const stageOf = (id: string, lane: Stage['lane'], order: number, exitCriteria: ExitCriterion[] = [], alwaysOn = false): Stage => ({
  id,
  lane,
  name: `Stage ${id}`,
  order,
  width: 300,
  expectedDays: null,
  alwaysOn,
  revisitable: false,
  exitCriteria,
});

const playbookStep = (id: string, stageId: string, exitCriteria: ExitCriterion[]): Step => ({
  id,
  stageId,
  title: `Playbook ${id}`,
  description: '',
  required: false,
  expectedDays: null,
  roles: [],
  techniques: [],
  contentLinks: [],
  exitCriteria,
  x: 0,
  y: 0,
});

/**
 * A small playbook: buyer stages b1 then b2 (each with a buyer and, for b1, a seller criterion),
 * a seller stage s1, and playbook steps p1, p2 (in b1) and p3 (in b2) with criteria of their own.
 */
function smallPlaybook(): PlaybookDoc {
  return {
    playbook: {
      id: 'pb',
      name: 'Small',
      motion: '',
      description: '',
      version: 1,
      status: 'published',
      parentId: null,
      templateId: null,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    viewport: null,
    stages: [
      stageOf('b2', 'buyer', 1, [buyer('cb2', 'Buyer shares the budget.')]),
      stageOf('b1', 'buyer', 0, [buyer('cb1', 'Buyer agrees the problem.'), seller('cs1', 'We log the call.')]),
      stageOf('s1', 'seller', 0),
    ],
    steps: [
      playbookStep('p1', 'b1', [buyer('pb1', 'Buyer names an owner.'), seller('ps1', 'We send notes.')]),
      playbookStep('p2', 'b1', [buyer('pb2', 'Buyer books the workshop.')]),
      playbookStep('p3', 'b2', [buyer('pb3', 'Buyer signs.')]),
    ],
    links: [],
    assumptions: [],
  };
}

const planStep = (id: string, fields: Partial<PlanStep>): PlanStep => ({
  id,
  playbookStepId: null,
  lane: 'buyer',
  stageId: 'b1',
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
  ...fields,
});

const person = (id: string, fields: Partial<Stakeholder>): Stakeholder => ({ id, name: id, title: '', roles: [], stance: 'unknown', engagement: 'none', ...fields });

function planOf(steps: PlanStep[], stakeholders: Stakeholder[] = []): PlanDoc {
  return {
    plan: {
      id: 'plan',
      playbookId: 'pb',
      account: 'Acme',
      opportunity: '',
      value: null,
      currency: 'EUR',
      targetCloseDate: null,
      rep: '',
      outcome: 'open',
      outcomeDate: null,
      outcomeNote: '',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    steps,
    stakeholders,
    deviations: [],
  };
}

describe('dealReview', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let playbook: PlaybookDoc;
  beforeEach(() => {
    playbook = smallPlaybook();
  });

  it('says where each lane stands: the current stage, its place, and the steps behind it', () => {
    const plan = planOf([
      planStep('a', { status: 'done', doneDate: '2025-02-01' }),
      planStep('b', { status: 'skipped' }),
      planStep('c', { stageId: 'b2' }),
      planStep('d', { lane: 'seller', stageId: 's1', status: 'done' }),
    ]);
    expect(dealReview(plan, playbook).standing).toEqual([
      { lane: 'buyer', current: 'Stage b2', position: 2, stages: 2, finishedSteps: 2, steps: 3 },
      { lane: 'seller', current: null, position: null, stages: 1, finishedSteps: 1, steps: 1 },
    ]);
  });

  it('has no current stage and nothing left to verify once every buyer step is finished', () => {
    const plan = planOf([planStep('a', { status: 'done', doneDate: '2025-02-01' }), planStep('c', { stageId: 'b2', status: 'skipped' })]);
    const review = dealReview(plan, playbook);
    expect(review.standing[0]).toEqual({ lane: 'buyer', current: null, position: null, stages: 2, finishedSteps: 2, steps: 2 });
    expect(review.toVerify).toEqual([]);
  });

  it('counts a buyer criterion as verified only when its note has words in it', () => {
    const plan = planOf([
      planStep('a', { status: 'done', doneDate: '2025-02-01', evidence: [{ criterionId: 'cb1', note: '' }] }),
      planStep('b', { status: 'done', doneDate: '2025-02-02', evidence: [{ criterionId: 'cb1', note: '  \n ' }] }),
    ]);
    const review = dealReview(plan, playbook);
    expect(review.verified).toEqual([]);
    // With blank notes only, both steps stand on the rep's word.
    expect(review.unverified).toEqual([
      { step: 'Step a', date: '2025-02-01' },
      { step: 'Step b', date: '2025-02-02' },
    ]);
  });

  it('counts evidence against a step’s own buyer criterion, and names the stage it sits in', () => {
    const plan = planOf([planStep('a', { playbookStepId: 'p1', status: 'done', doneDate: '2025-02-03', evidence: [{ criterionId: 'pb1', note: 'Dana owns it.' }] })]);
    expect(dealReview(plan, playbook).verified).toEqual([{ statement: 'Buyer names an owner.', evidence: 'Dana owns it.', step: 'Step a', stage: 'Stage b1', date: '2025-02-03' }]);
  });

  it('gives no stage name for evidence on a step whose stage the playbook lacks', () => {
    const plan = planOf([planStep('a', { playbookStepId: 'p1', stageId: 'gone', evidence: [{ criterionId: 'pb1', note: 'Dana owns it.' }] })]);
    expect(dealReview(plan, playbook).verified.map((v) => v.stage)).toEqual(['']);
  });

  it('dates evidence only on a step marked done, even if a done day lingers on a reopened step', () => {
    const plan = planOf([planStep('a', { status: 'inProgress', doneDate: '2025-01-20', evidence: [{ criterionId: 'cb1', note: 'Said so.' }] })]);
    expect(dealReview(plan, playbook).verified.map((v) => v.date)).toEqual([null]);
  });

  it('dates a criterion met on several steps by the earliest, keeping the first of a tie', () => {
    const evidence = (note: string) => [{ criterionId: 'cb1', note }];
    const plan = planOf([
      planStep('late', { status: 'done', doneDate: '2025-03-10', evidence: evidence('Late.') }),
      planStep('early', { status: 'done', doneDate: '2025-02-01', evidence: evidence('Early.') }),
      planStep('tie', { status: 'done', doneDate: '2025-02-01', evidence: evidence('Same day.') }),
      planStep('open', { evidence: evidence('Not done yet.') }),
    ]);
    expect(dealReview(plan, playbook).verified).toEqual([{ statement: 'Buyer agrees the problem.', evidence: 'Early.', step: 'Step early', stage: 'Stage b1', date: '2025-02-01' }]);
  });

  it('lists verified criteria and unverified steps oldest first, undated last', () => {
    const plan = planOf([
      planStep('undated', { playbookStepId: 'p2', evidence: [{ criterionId: 'pb2', note: 'Booked.' }] }),
      planStep('march', { stageId: 'b2', status: 'done', doneDate: '2025-03-01', evidence: [{ criterionId: 'cb2', note: 'Budget shared.' }] }),
      planStep('feb', { status: 'done', doneDate: '2025-02-01', evidence: [{ criterionId: 'cb1', note: 'Agreed.' }] }),
      planStep('claimed-undated', { status: 'done' }),
      planStep('claimed-april', { status: 'done', doneDate: '2025-04-01' }),
      planStep('claimed-jan', { status: 'done', doneDate: '2025-01-15' }),
    ]);
    const review = dealReview(plan, playbook);
    expect(review.verified.map((v) => [v.step, v.date])).toEqual([
      ['Step feb', '2025-02-01'],
      ['Step march', '2025-03-01'],
      ['Step undated', null],
    ]);
    expect(review.unverified).toEqual([
      { step: 'Step claimed-jan', date: '2025-01-15' },
      { step: 'Step claimed-april', date: '2025-04-01' },
      { step: 'Step claimed-undated', date: null },
    ]);
  });

  it('asks for the current buyer stage’s buyer criteria nothing evidences yet, each once, skipped steps left out', () => {
    const plan = planOf([
      planStep('a', { playbookStepId: 'p1' }),
      // The same playbook step planned twice asks for its criterion once.
      planStep('a2', { playbookStepId: 'p1' }),
      planStep('skipped', { playbookStepId: 'p2', status: 'skipped' }),
      planStep('later', { playbookStepId: 'p3', stageId: 'b2' }),
      planStep('seller', { lane: 'seller', stageId: 's1' }),
    ]);
    expect(dealReview(plan, playbook).toVerify).toEqual(['Buyer agrees the problem.', 'Buyer names an owner.']);
    const evidenced = planOf(plan.steps.map((s) => (s.id === 'a' ? { ...s, evidence: [{ criterionId: 'cb1', note: 'Agreed.' }] } : s)));
    expect(dealReview(evidenced, playbook).toVerify).toEqual(['Buyer names an owner.']);
  });

  it('seats an engaged mobilizer as champion, at medium engagement too, and leaves a key seat empty as a gap', () => {
    const plan = planOf([], [person('mid', { stance: 'mobilizer', engagement: 'medium' }), person('low', { stance: 'mobilizer', engagement: 'low' })]);
    const seats = dealReview(plan, playbook).seats;
    expect(seats.map((s) => [s.seat, s.people.map((p) => p.id), s.gap])).toEqual([
      ['economicBuyer', [], true],
      ['champion', ['mid'], false],
      ['coach', [], true],
      ['technical', [], false],
      ['user', [], false],
    ]);
  });
});
