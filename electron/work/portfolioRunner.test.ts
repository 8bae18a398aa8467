import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api/contract';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { serializePlanFile, serializeTandemFile } from '../../shared/file/serialize';
import { skipStep } from '../../shared/plan/deviations';
import { newPlanFromPlaybook } from '../../shared/plan/newPlan';
import type { PlanDoc } from '../../shared/plan/plan';
import { buildWorker } from '../../test/support/buildWorker';
import { makeTempDir } from '../../test/support/tempDir';
import { openDatabase, type Db } from '../db/database';
import { createPlaybookService } from '../service/playbookService';
import { createPortfolioRunner, type PortfolioRunner } from './portfolioRunner';
import { reviewSavedPlans } from './portfolioSaved';
import { reviewPlanFolder } from './portfolioScan';

const temp = makeTempDir('tandem-portfolio-');
let worker: Awaited<ReturnType<typeof buildWorker>>;
const dbFile = join(temp.dir, 'tandem.db');
const evidence = join(temp.dir, 'evidence');
const many = join(temp.dir, 'many');
const MANY = 600;
let db: Db;
let reviews: PortfolioRunner;
let api: ApiHandlers;
let playbook: PlaybookDoc;
let sellerStepId: string;
/** What the stand-in folder picker returns next. */
let picked: string | null = null;

function snapshot() {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

/** Plan i of the known set: the first 6 skip the first seller step and 5 of them win; of the other 6, one wins. */
function knownPlan(i: number): PlanDoc {
  let n = 0;
  const context = { newId: () => `p${i}-${++n}`, now: '2026-11-20T10:00:00.000Z' };
  let plan = newPlanFromPlaybook(playbook, { account: `Account ${i}` }, context);
  const skips = i % 12 < 6;
  plan = { ...plan, plan: { ...plan.plan, outcome: (skips ? i % 12 < 5 : i % 12 === 6) ? 'won' : 'lost' } };
  if (skips) plan = skipStep(plan, plan.steps.find((s) => s.playbookStepId === sellerStepId)!.id, { category: 'notRelevant', reason: 'Small deal' }, context);
  return plan;
}

const file = (plan: PlanDoc) => serializePlanFile(plan, playbook, { now: '2026-11-20T10:00:00.000Z', appVersion: '0.0.0' });

beforeAll(async () => {
  worker = await buildWorker('portfolioWorker');
  db = openDatabase(dbFile);
  reviews = createPortfolioRunner({ workerFile: worker.file, dbFile });
  api = createPlaybookService(db, { reviews, chooseFolder: async () => picked });
  const doc = await api.createPlaybook({ templateId: 'transactional-smb' });
  await api.publishPlaybook({ id: doc.playbook.id });
  playbook = await api.getPlaybook({ id: doc.playbook.id });
  sellerStepId = playbook.steps.find((s) => playbook.stages.find((st) => st.id === s.stageId)!.lane === 'seller')!.id;
  // Saved here: the 12 known plans.
  for (let i = 0; i < 12; i++) {
    const created = await api.createPlan({ playbookId: playbook.playbook.id, account: `Account ${i}` });
    const known = knownPlan(i);
    await api.putPlan({ doc: { ...known, plan: { ...known.plan, id: created.plan.id }, steps: created.steps.map((s, j) => ({ ...s, status: known.steps[j]!.status })), deviations: known.deviations.map((d) => ({ ...d, planStepId: created.steps[known.steps.findIndex((s) => s.id === d.planStepId)]!.id })) } });
  }
  // A folder reps sent: the same 12 plans as files, a broken file, a note and a playbook.
  mkdirSync(evidence);
  for (let i = 0; i < 12; i++) writeFileSync(join(evidence, `plan-${String(i).padStart(2, '0')}.tandem`), file(knownPlan(i)));
  writeFileSync(join(evidence, 'broken.tandem'), '{"format": "tandem", ');
  writeFileSync(join(evidence, 'notes.txt'), 'call Ana on Monday');
  writeFileSync(join(evidence, 'playbook.tandem'), serializeTandemFile(playbook, { now: '2026-11-20T10:00:00.000Z', appVersion: '0.0.0' }));
  // Enough files for a review to be caught half-way.
  mkdirSync(many);
  for (let i = 0; i < MANY; i++) writeFileSync(join(many, `plan-${String(i).padStart(4, '0')}.tandem`), file(knownPlan(i)));
}, 120_000);

afterAll(async () => {
  await reviews.close();
  db.close();
  temp.cleanup();
  worker.remove();
});

/** Polls the runner's progress until `until` holds or the review settles; returns every progress seen. */
async function watch<T>(running: Promise<T>, until: (read: number) => boolean = () => false) {
  const seen: Array<{ read: number; total: number; plans: number }> = [];
  let settled = false;
  const settle = () => (settled = true);
  void running.then(settle, settle);
  while (!settled) {
    const now = reviews.progress();
    if (now) {
      seen.push({ read: now.read, total: now.total, plans: now.plans });
      if (until(now.read)) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return seen;
}

describe('portfolio reviews on a worker thread', () => {
  it('reviews the saved plans on the worker with the same figures as a review on this thread', async () => {
    const report = await api.reviewPortfolio(undefined);
    expect(report).toEqual(reviewSavedPlans(db));
    expect(report.plans).toBe(12);
    const step = report.playbooks[0]!.steps.find((s) => s.id === sellerStepId)!;
    expect(step.skipped).toBe(6);
    expect(step.rates.skipped.with).toMatchObject({ closed: 6, won: 5 / 6, small: false });
    expect(step.rates.skipped.without).toMatchObject({ closed: 6, won: 1 / 6, small: false });
    expect(reviews.progress()).toBeNull();
  });

  it('reviews a folder the user picked: plans counted, broken and foreign files skipped with their reason', async () => {
    picked = evidence;
    expect(await api.chooseReviewFolder(undefined)).toBe(evidence);
    const report = await api.reviewPlanFolder({ folder: evidence });
    expect(report).toEqual(reviewPlanFolder(evidence));
    expect(report.plans).toBe(12);
    expect(report.skipped.map((s) => s.file)).toEqual(['broken.tandem', 'notes.txt', 'playbook.tandem']);
    expect(report.skipped[2]!.reason).toBe('a playbook file, not a deal plan');
    for (const s of report.skipped) expect(s.reason).not.toContain('\n');
    expect(report.playbooks[0]!.steps.find((s) => s.id === sellerStepId)!.skipped).toBe(6);
  });

  it('refuses a folder the user did not pick, and a cancelled picker picks nothing', async () => {
    await expect(api.reviewPlanFolder({ folder: temp.dir })).rejects.toThrow('Choose the folder with "Review a folder…" first.');
    picked = null;
    expect(await api.chooseReviewFolder(undefined)).toBeNull();
  });

  it('says how far it is (files read of all, plans counted) while the calling thread answers other calls', async () => {
    picked = many;
    await api.chooseReviewFolder(undefined);
    const running = Promise.resolve(api.reviewPlanFolder({ folder: many }));
    const lists: number[] = [];
    const seen = await watch(running);
    // Meanwhile this thread was free: the polls above ran, and so does another call.
    lists.push((await api.listPlaybooks(undefined)).length);
    const report = await running;
    expect(report.plans).toBe(MANY);
    expect(seen.length).toBeGreaterThan(1);
    // Before the worker has listed the folder the total is not known yet (0).
    expect(seen.every((p) => (p.total === MANY || p.read === 0) && p.read <= p.total && p.plans <= p.read)).toBe(true);
    expect(seen.some((p) => p.read > 0 && p.read < MANY)).toBe(true);
    expect(seen.map((p) => p.read)).toEqual([...seen.map((p) => p.read)].sort((a, b) => a - b));
    expect(lists).toEqual([1]);
    expect(reviews.progress()).toBeNull();
  }, 60_000);

  it('cancels a review half-way: it ends with one line, changes nothing, and the next review runs', async () => {
    const before = snapshot();
    const running = Promise.resolve(api.reviewPlanFolder({ folder: many }));
    await watch(running, (read) => read > 0);
    expect(reviews.cancel()).toBe(true);
    await expect(running).rejects.toThrow('The review was cancelled.');
    expect(reviews.cancel()).toBe(false);
    expect(reviews.progress()).toBeNull();
    expect(snapshot()).toEqual(before);
    expect((await api.reviewPortfolio(undefined)).plans).toBe(12);
  }, 60_000);

  it('promotes from a picked folder when its playbook version is here; a cancelled promotion writes nothing', async () => {
    picked = evidence;
    await api.chooseReviewFolder(undefined);
    const proposals = await api.proposePromotions({ playbookId: playbook.playbook.id, folder: evidence });
    const remove = proposals.find((p) => p.stepId === sellerStepId && p.measure === 'skipped')!;
    expect(remove.evidence.accounts).toEqual(['Account 0', 'Account 1', 'Account 2', 'Account 3', 'Account 4', 'Account 5']);

    const before = snapshot();
    const accepting = api.acceptPromotion({ playbookId: playbook.playbook.id, stepId: sellerStepId, measure: 'skipped', folder: evidence });
    expect(reviews.cancel()).toBe(true);
    await expect(accepting).rejects.toThrow('The review was cancelled.');
    expect(snapshot()).toEqual(before);

    const draft = await api.acceptPromotion({ playbookId: playbook.playbook.id, stepId: sellerStepId, measure: 'skipped', folder: evidence });
    expect(draft).toMatchObject({ version: 2, status: 'draft', parentId: playbook.playbook.id, stepCount: playbook.steps.length - 1 });
  }, 60_000);

  it('refuses to promote from a folder whose playbook version is not here', async () => {
    const stranger = join(temp.dir, 'stranger');
    mkdirSync(stranger);
    const other = { ...playbook, playbook: { ...playbook.playbook, id: 'not-here' } };
    writeFileSync(join(stranger, 'plan.tandem'), serializePlanFile(knownPlan(0), other, { now: '2026-11-20T10:00:00.000Z', appVersion: '0.0.0' }));
    picked = stranger;
    await api.chooseReviewFolder(undefined);
    await expect(api.acceptPromotion({ playbookId: 'not-here', stepId: sellerStepId, measure: 'skipped', folder: stranger })).rejects.toThrow('This playbook version is not in Tandem here: import it, then promote.');
  });
});
