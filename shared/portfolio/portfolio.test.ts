import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc, Step } from '../domain/playbook';
import { addOwnStep, loopBack, skipStep } from '../plan/deviations';
import { newPlanFromPlaybook } from '../plan/newPlan';
import type { Outcome, PlanDoc } from '../plan/plan';
import { BUILT_IN_TEMPLATES } from '../templates/index';
import { instantiateTemplate } from '../templates/instantiate';
import { createPortfolio, portfolioJson, type PlaybookEvidence, type PortfolioReport } from './portfolio';
import { portfolioToHtml, promisingDeviations } from './reportHtml';

const OUTCOMES: Outcome[] = ['won', 'lost', 'noDecision', 'open'];

function publishedPlaybook(): PlaybookDoc {
  let n = 0;
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'transactional-smb')!;
  const doc = instantiateTemplate(template, { newId: () => `pb-${++n}`, now: '2026-01-01T00:00:00.000Z' });
  return { ...doc, playbook: { ...doc.playbook, status: 'published' } };
}

/**
 * Plan i: outcome cycles won, lost, no decision, open; every 3rd skips the first seller step;
 * every 5th adds a step of its own right after the first buyer step; every 7th loops back to the
 * first buyer stage. Counts are known in closed form.
 */
function generatedPlan(playbook: PlaybookDoc, i: number): PlanDoc {
  let n = 0;
  const context = { newId: () => `plan-${i}-${++n}`, now: '2026-06-01T00:00:00.000Z' };
  let plan = newPlanFromPlaybook(playbook, { account: `Account ${i}` }, context);
  plan = { ...plan, plan: { ...plan.plan, outcome: OUTCOMES[i % 4]! } };
  const firstSeller = plan.steps.find((s) => s.lane === 'seller')!;
  const firstBuyer = plan.steps.find((s) => s.lane === 'buyer')!;
  if (i % 3 === 0) plan = skipStep(plan, firstSeller.id, { category: 'notRelevant', reason: 'Small deal' }, context);
  if (i % 5 === 0) plan = addOwnStep(plan, { lane: 'buyer', stageId: firstBuyer.stageId, title: 'Reference call', x: firstBuyer.x, y: firstBuyer.y + 1 }, { category: 'customer', reason: 'Asked for it' }, context).plan;
  if (i % 7 === 0) plan = loopBack(plan, firstBuyer.stageId, { category: 'customer', reason: 'New stakeholder' }, context);
  return plan;
}

describe('portfolio review', () => {
  const N = 84; // a multiple of 3, 4 and 7 keeps the closed forms simple
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let playbook: PlaybookDoc;
  let report: PortfolioReport;
  let evidence: PlaybookEvidence;
  let firstSeller: Step;
  let firstBuyer: Step;
  beforeEach(() => {
    playbook = publishedPlaybook();
    const portfolio = createPortfolio();
    for (let i = 0; i < N; i++) portfolio.add(generatedPlan(playbook, i), playbook);
    portfolio.skip('notes.txt', 'This is not a Tandem file (it has no "format": "tandem").');
    report = portfolio.report();
    evidence = report.playbooks[0]!;
    firstSeller = playbook.steps.find((s) => playbook.stages.find((st) => st.id === s.stageId)!.lane === 'seller')!;
    firstBuyer = playbook.steps.find((s) => playbook.stages.find((st) => st.id === s.stageId)!.lane === 'buyer')!;
  });
  const step = (id: string) => evidence.steps.find((s) => s.id === id)!;

  it('counts plans, outcomes and skipped files', () => {
    expect(report.plans).toBe(N);
    expect(report.playbooks).toHaveLength(1);
    expect(evidence.outcomes).toEqual({ won: 21, lost: 21, noDecision: 21, open: 21 });
    expect(report.skipped).toEqual([{ file: 'notes.txt', reason: 'This is not a Tandem file (it has no "format": "tandem").' }]);
  });

  it('counts each departure on the step it concerns', () => {
    expect(step(firstSeller.id)).toMatchObject({ skipped: 28, added: 0, moved: 0 });
    expect(step(firstBuyer.id)).toMatchObject({ skipped: 0, added: 17, loopedBack: 12 });
    const buyerStage = evidence.stages.find((s) => s.stageId === firstBuyer.stageId)!;
    expect(buyerStage.loopBacks).toBe(12);
    const untouched = evidence.steps.filter((s) => s.id !== firstSeller.id && s.stageId !== firstBuyer.stageId);
    expect(untouched.every((s) => s.skipped + s.added + s.moved + s.loopedBack === 0)).toBe(true);
  });

  it('gives outcome rates with and without a departure, with the sample beside each', () => {
    // Skipped on i = 0, 3, 6…: i % 4 cycles evenly over 28 plans → 7 of each outcome; 21 closed.
    const skip = step(firstSeller.id).rates.skipped;
    expect(skip.with).toEqual({ closed: 21, won: 1 / 3, lost: 1 / 3, noDecision: 1 / 3, small: false });
    expect(skip.without.closed).toBe(42);
    // Added on i = 0, 5, …, 80: outcomes of i % 4 for those 17 plans.
    const added = step(firstBuyer.id).rates.added.with;
    const addedPlans = Array.from({ length: N }, (_, i) => i).filter((i) => i % 5 === 0);
    const closed = addedPlans.filter((i) => i % 4 !== 3);
    expect(added.closed).toBe(closed.length);
    expect(added.won).toBeCloseTo(closed.filter((i) => i % 4 === 0).length / closed.length);
  });

  it('greys small samples and never ranks them', () => {
    const few = createPortfolio();
    for (let i = 0; i < 6; i++) few.add(generatedPlan(playbook, i * 3), playbook);
    const small = few.report().playbooks[0]!;
    expect(small.steps.find((s) => s.id === firstSeller.id)!.rates.skipped.with.small).toBe(true);
    expect(promisingDeviations(small)).toEqual([]);
    expect(portfolioToHtml(few.report())).toContain('class="small"');
    // Plans 0, 3, 6, 9, 12, 15 all skip; by i % 4 they end won, open, no decision, lost, won, open: 4 closed.
    expect(portfolioToHtml(few.report())).toContain('<td class="small">50% won, 25% lost, 25% no decision (n=4)</td>');
  });

  it('stage cycle times: the median days from the first to the last step done, over plans that finished the stage, beside the expected days', () => {
    const stage = [...playbook.stages].filter((st) => st.lane === 'buyer').sort((a, b) => playbook.steps.filter((s) => s.stageId === b.id).length - playbook.steps.filter((s) => s.stageId === a.id).length)[0]!;
    const k = playbook.steps.filter((s) => s.stageId === stage.id).length;
    expect(k).toBeGreaterThan(1);
    const day = (offset: number) => new Date(Date.UTC(2026, 2, 1 + offset)).toISOString().slice(0, 10);
    const timed = createPortfolio();
    // Plans 0..6 finish the stage, step j done on day j·(i+1): spans (k-1)·1 … (k-1)·7, median (k-1)·4.
    // Plan 7 leaves one step in progress, and does not count.
    for (let i = 0; i < 8; i++) {
      let j = 0;
      const plan = generatedPlan(playbook, 1);
      const steps = plan.steps.map((s) => {
        if (s.stageId !== stage.id) return s;
        const offset = j++ * (i + 1);
        return i === 7 && j === 1 ? { ...s, status: 'inProgress' as const } : { ...s, status: 'done' as const, doneDate: day(offset) };
      });
      timed.add({ ...plan, steps }, playbook);
    }
    const stages = timed.report().playbooks[0]!.stages;
    expect(stages.find((s) => s.stageId === stage.id)).toMatchObject({ expectedDays: stage.expectedDays, medianCycleDays: (k - 1) * 4, cycleSamples: 7 });
    expect(stages.filter((s) => s.stageId !== stage.id).every((s) => s.cycleSamples === 0 && s.medianCycleDays === null)).toBe(true);
    // None of these plans loops back (plan 1 of the generator departs nowhere).
    expect(stages.every((s) => s.loopBacks === 0)).toBe(true);
  });

  it('writes a self-contained report and the JSON shape the command line prints', () => {
    const html = portfolioToHtml(report);
    expect(html).not.toMatch(/<script|src="http|href="http/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<svg class="bar"');
    const json = portfolioJson(report);
    expect(json.playbooks[0]!.steps.find((s) => s.id === firstSeller.id)).toEqual({ id: firstSeller.id, title: firstSeller.title, skipped: 28, added: 0, moved: 0, loopedBack: 0 });
    expect(Object.keys(json)).toEqual(['plans', 'skipped', 'playbooks']);
  });

  it('shows hostile names as text', () => {
    const hostile = { ...playbook, playbook: { ...playbook.playbook, name: '<img src=x onerror=alert(1)>' } };
    const p = createPortfolio();
    p.add(generatedPlan(hostile, 1), hostile);
    p.skip('<script>.tandem', '<b>bad</b>');
    const html = portfolioToHtml(p.report());
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>.tandem');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
