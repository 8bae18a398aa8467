import { beforeEach, describe, expect, it } from 'vitest';
import { newStep } from '../domain/newStep';
import type { ExitCriterion, Lane, Link, PlaybookDoc, Stage } from '../domain/playbook';
import { addOwnStep } from '../plan/deviations';
import { newPlanFromPlaybook } from '../plan/newPlan';
import type { PlanDoc } from '../plan/plan';
import { BUILT_IN_TEMPLATES } from '../templates';
import { instantiateTemplate } from '../templates/instantiate';
import { analyzePlan, analyzePlaybook, type FindingKind } from './findings';

const stage = (id: string, lane: Lane, order: number, criteria: ExitCriterion[] = []): Stage => ({
  id,
  lane,
  name: `Stage ${id}`,
  order,
  width: 280,
  expectedDays: null,
  alwaysOn: false,
  revisitable: false,
  exitCriteria: criteria,
});
const buyerDoes = (id: string): ExitCriterion => ({ id, statement: 'Buyer signs the success plan', actor: 'buyer' });
const sellerDoes = (id: string): ExitCriterion => ({ id, statement: 'Rep sends the proposal', actor: 'seller' });
const mirror = (id: string, sellerId: string, buyerId: string): Link => ({ id, kind: 'mirror', sourceId: sellerId, targetId: buyerId, relation: 'supports', rationale: '' });

/** Buyer stages b1 (steps B1, B2), b2 (B3), b3 (B4); seller stage s1 (S1, S2, S3). */
function playbook(links: Link[], patch: Partial<PlaybookDoc> = {}): PlaybookDoc {
  return {
    playbook: {
      id: 'pb',
      name: 'Known answers',
      motion: '',
      description: '',
      version: 1,
      status: 'published',
      parentId: null,
      templateId: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    viewport: null,
    stages: [stage('b1', 'buyer', 0, [buyerDoes('c1')]), stage('b2', 'buyer', 1, [sellerDoes('c2')]), stage('b3', 'buyer', 2), stage('s1', 'seller', 0, [buyerDoes('c3')])],
    steps: [
      newStep({ id: 'B1', stageId: 'b1', title: 'Agree the problem', x: 0, y: 0 }),
      newStep({ id: 'B2', stageId: 'b1', title: 'Spinning up a pilot', x: 0, y: 100 }),
      newStep({ id: 'B3', stageId: 'b2', title: 'Compare options', x: 0, y: 0 }),
      newStep({ id: 'B4', stageId: 'b3', title: 'Sign', x: 0, y: 0 }),
      newStep({ id: 'S1', stageId: 's1', title: 'Run MEDDPICC qualification', x: 0, y: 0 }),
      newStep({ id: 'S2', stageId: 's1', title: 'Map the paper process', x: 0, y: 100 }),
      newStep({ id: 'S3', stageId: 's1', title: 'Send contract', x: 0, y: 200 }),
    ],
    links,
    assumptions: [],
    ...patch,
  };
}

const kinds = (doc: PlaybookDoc, today?: string) => analyzePlaybook(doc, today === undefined ? {} : { today }).findings.map((f) => [f.kind, f.ids] as [FindingKind, string[]]);

describe('alignment analysis on playbooks with known answers', () => {
  it('many-to-many mirrors: coverage overall and per stage, unsupported and seller-centric steps', () => {
    const doc = playbook([mirror('m1', 'S1', 'B1'), mirror('m2', 'S1', 'B4'), mirror('m3', 'S3', 'B4')]);
    const analysis = analyzePlaybook(doc);
    expect(analysis.coverage.overall).toBe(2 / 4);
    expect(analysis.coverage.byStage).toEqual([
      { stageId: 'b1', name: 'Stage b1', coverage: 0.5, supported: 1, steps: 2 },
      { stageId: 'b2', name: 'Stage b2', coverage: 0, supported: 0, steps: 1 },
      { stageId: 'b3', name: 'Stage b3', coverage: 1, supported: 1, steps: 1 },
    ]);
    expect(kinds(doc)).toEqual([
      ['unsupported-buyer-step', ['B2']],
      ['unsupported-buyer-step', ['B3']],
      ['seller-centric-step', ['S2']],
      ['stage-without-buyer-criterion', ['b2']],
      ['stage-without-buyer-criterion', ['b3']],
      ['technique-as-step', ['S1']],
      ['unbalanced-stage', ['b2']],
    ]);
  });

  it('a technique word inside another word is not a technique ("Spinning" is not SPIN)', () => {
    const found = analyzePlaybook(playbook([])).findings.filter((f) => f.kind === 'technique-as-step');
    expect(found.map((f) => f.ids[0])).toEqual(['S1']);
    expect(found[0]!.message).toBe('The step "Run MEDDPICC qualification" names MEDDPICC, a technique: attach it to the step it helps instead.');
  });

  it('a framework part: named beside its framework it is a warning, alone it is a softer note, mentioned in a real step it is nothing', () => {
    const doc = playbook([]);
    const retitle = { B1: 'Champion (MEDDPICC)', B2: 'Identify the decision makers', B3: 'Paper process', B4: 'Agree on metrics', S1: 'Qualify metrics', S2: 'Spin up the sandbox', S3: 'BANT: Budget' };
    doc.steps = doc.steps.map((step) => ({ ...step, title: retitle[step.id as keyof typeof retitle] }));
    const found = analyzePlaybook(doc).findings.filter((f) => f.kind === 'technique-as-step');
    expect(found.map((f) => [f.ids[0], f.severity, f.message])).toEqual([
      ['B1', 'warning', 'The step "Champion (MEDDPICC)" names MEDDPICC: Champion, a technique: attach it to the step it helps instead.'],
      ['S3', 'warning', 'The step "BANT: Budget" names BANT: Budget, a technique: attach it to the step it helps instead.'],
      ['B3', 'info', 'The step "Paper process" is MEDDPICC\'s "Paper process", a technique: name the step for what happens in the deal and attach the technique to it.'],
    ]);
  });

  it('no built-in template names a technique as a step', () => {
    let n = 0;
    let steps = 0;
    for (const template of BUILT_IN_TEMPLATES) {
      const doc = instantiateTemplate(template, { newId: () => `id-${n++}`, now: '2026-01-01T00:00:00.000Z' });
      steps += doc.steps.length;
      expect(analyzePlaybook(doc).findings.filter((f) => f.kind === 'technique-as-step')).toEqual([]);
    }
    expect(steps).toBeGreaterThan(30);
  });

  it('a stage with only seller criteria, and one with none, are both flagged; a buyer criterion clears it', () => {
    const messages = analyzePlaybook(playbook([])).findings.filter((f) => f.kind === 'stage-without-buyer-criterion').map((f) => f.message);
    expect(messages).toEqual([
      'The buyer stage "Stage b2" has no exit criterion the buyer does: nobody can check the buyer has finished it.',
      'The buyer stage "Stage b3" has no exit criteria: nobody can check the buyer has finished it.',
    ]);
  });

  it('a step linked to itself and links of the wrong kind count as nothing', () => {
    const doc = playbook([mirror('self', 'B1', 'B1'), mirror('backwards', 'B1', 'S1'), { ...mirror('seq', 'S1', 'B1'), kind: 'sequence' }]);
    const analysis = analyzePlaybook(doc);
    expect(analysis.coverage.overall).toBe(0);
    expect(analysis.findings.filter((f) => f.kind === 'unsupported-buyer-step')).toHaveLength(4);
    // With no support anywhere, no stage is "skipped while later ones are supported".
    expect(analysis.findings.some((f) => f.kind === 'unbalanced-stage')).toBe(false);
  });

  it('empty lanes: no buyer steps means 0 coverage and no stage findings about steps', () => {
    const doc = playbook([], { steps: [], stages: [stage('b1', 'buyer', 0), stage('s1', 'seller', 0)] });
    const analysis = analyzePlaybook(doc);
    expect(analysis.coverage).toEqual({ overall: 0, byStage: [{ stageId: 'b1', name: 'Stage b1', coverage: 0, supported: 0, steps: 0 }] });
    expect(kinds(doc)).toEqual([['stage-without-buyer-criterion', ['b1']]]);
  });

  it('stale assumptions are judged only against a given day', () => {
    const doc = playbook([], {
      assumptions: [
        { id: 'a-old', statement: 'Buyers read analyst reports first', source: '', confidence: 'high', lastValidatedAt: '2025-01-01', revalidateEveryDays: 180 },
        { id: 'a-new', statement: 'Buyers want a trial', source: '', confidence: 'medium', lastValidatedAt: '2026-10-01', revalidateEveryDays: 180 },
        { id: 'a-never', statement: 'Unchecked', source: '', confidence: 'low', lastValidatedAt: null, revalidateEveryDays: 180 },
      ],
    });
    expect(kinds(doc).some(([k]) => k === 'stale-assumption')).toBe(false);
    const stale = analyzePlaybook(doc, { today: '2026-12-01' }).findings.filter((f) => f.kind === 'stale-assumption');
    expect(stale).toEqual([
      {
        kind: 'stale-assumption',
        severity: 'warning',
        message: 'The assumption "Buyers read analyst reports first" was due for revalidation on 2025-06-30: customers may no longer buy this way.',
        ids: ['a-old'],
      },
    ]);
  });
});

describe('alignment analysis on plans', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  let n: number;
  let base: PlanDoc;
  beforeEach(() => {
    doc = playbook([mirror('m1', 'S1', 'B1'), mirror('m2', 'S2', 'B2'), mirror('m3', 'S3', 'B3'), mirror('m4', 'S3', 'B4')]);
    n = 0;
    base = newPlanFromPlaybook(doc, { account: 'Acme' }, { newId: () => `p${++n}`, now: '2026-11-01T00:00:00.000Z' });
  });

  it('stalled steps, a missing economic buyer and coach, unassigned buyer steps in the current stage; errors first', () => {
    const plan = { ...base, steps: base.steps.map((s) => (s.playbookStepId === 'B1' ? { ...s, status: 'inProgress' as const, plannedDate: '2026-11-20' } : s)) };
    const found = analyzePlan(plan, doc, { today: '2026-12-01' }).findings;
    expect(found[0]).toMatchObject({ kind: 'missing-economic-buyer', severity: 'error' });
    const planKinds = found.filter((f) => ['stalled-step', 'missing-coach', 'unassigned-buyer-step'].includes(f.kind)).map((f) => [f.kind, f.ids.length]);
    expect(planKinds).toEqual([
      ['stalled-step', 1],
      ['missing-coach', 0],
      ['unassigned-buyer-step', 2],
    ]);
    expect(found.find((f) => f.kind === 'stalled-step')!.message).toBe('"Agree the problem" is still in progress; it was planned for 2026-11-20.');
  });

  it("a rep's own step named after a technique is flagged on the plan, in the same words; the playbook's steps are not flagged twice", () => {
    const reason = { category: 'customer' as const, reason: 'Asked for it' };
    const context = { newId: () => `own-${++n}`, now: '2026-11-01T00:00:00.000Z' };
    let plan = addOwnStep(base, { lane: 'seller', stageId: 's1', title: 'MEDDPICC: Champion', x: 0, y: 300 }, reason, context).plan;
    const own = plan.steps.at(-1)!;
    plan = addOwnStep(plan, { lane: 'seller', stageId: 's1', title: 'Spin up a sandbox', x: 0, y: 400 }, reason, context).plan;
    const found = analyzePlan(plan, doc).findings.filter((f) => f.kind === 'technique-as-step');
    expect(found.map((f) => f.ids)).toEqual([['S1'], [own.id]]);
    expect(found[1]!.message).toBe('The step "MEDDPICC: Champion" names MEDDPICC: Champion, a technique: attach it to the step it helps instead.');
  });

  it('a plan with an economic buyer and a coach assigned to the current steps has no committee findings; nothing stalls before its date', () => {
    const people = [
      { id: 'eb', name: 'Ana', title: '', roles: ['economicBuyer' as const], stance: 'mobilizer' as const, engagement: 'high' as const },
      { id: 'co', name: 'Tom', title: '', roles: ['coach' as const], stance: 'mobilizer' as const, engagement: 'medium' as const },
    ];
    const plan = {
      ...base,
      stakeholders: people,
      steps: base.steps.map((s) => (s.lane === 'buyer' ? { ...s, stakeholderIds: ['eb'], status: 'inProgress' as const, plannedDate: '2026-12-01' } : s)),
    };
    const found = analyzePlan(plan, doc, { today: '2026-12-01' }).findings;
    expect(found.filter((f) => ['stalled-step', 'missing-economic-buyer', 'missing-coach', 'unassigned-buyer-step'].includes(f.kind))).toEqual([]);
  });
});
