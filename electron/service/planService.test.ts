import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api/contract';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { serializePlanFile } from '../../shared/file/serialize';
import { addOwnStep, loopBack, moveStep, skipStep } from '../../shared/plan/deviations';
import type { PlanDoc } from '../../shared/plan/plan';
import { makeTempDir } from '../../test/support/tempDir';
import { createDispatch } from '../api/dispatch';
import { openDatabase, type Db } from '../db/database';
import { createPlaybookService } from './playbookService';

/** Every row of every table: compared before and after a refused write. */
function snapshot(db: Db) {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

const context = () => {
  let n = 0;
  return { newId: () => `dev-${++n}`, now: '2026-11-20T10:00:00.000Z' };
};

describe('playbook versions and deal plans on a real SQLite file', () => {
  let dir: string;
  let cleanup: () => void;
  let db: Db;
  let api: ApiHandlers;
  const file = () => join(dir, 'tandem.db');
  const reopen = () => {
    db.close();
    db = openDatabase(file());
    api = createPlaybookService(db);
  };

  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
    db = openDatabase(file());
    api = createPlaybookService(db);
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  const published = async (): Promise<PlaybookDoc> => {
    const doc = await api.createPlaybook({ templateId: 'transactional-smb' });
    await api.publishPlaybook({ id: doc.playbook.id });
    return api.getPlaybook({ id: doc.playbook.id });
  };
  const buyerStep = (plan: PlanDoc) => plan.steps.find((s) => s.lane === 'buyer')!;
  const sellerStep = (plan: PlanDoc) => plan.steps.find((s) => s.lane === 'seller')!;

  it('publish freezes a version: every edit is refused with one line and nothing changes', async () => {
    const doc = await published();
    expect(doc.playbook.status).toBe('published');
    const before = snapshot(db);
    const id = doc.playbook.id;
    const step = doc.steps[0]!;
    const refusals = [
      () => api.putStep({ playbookId: id, step: { ...step, title: 'Changed' } }),
      () => api.deleteSteps({ playbookId: id, stepIds: [step.id] }),
      () => api.putStage({ playbookId: id, stage: { ...doc.stages[0]!, name: 'Changed' } }),
      () => api.putAssumptions({ playbookId: id, assumptions: [] }),
      () => api.deleteLinks({ playbookId: id, linkIds: [doc.links[0]!.id] }),
      () => api.replacePlaybook({ doc: { ...doc, steps: [] } }),
    ];
    for (const refuse of refusals) expect(refuse).toThrow(/^Version 1 of ".*" is published and read-only; start a new version to change it\.$/);
    expect(snapshot(db)).toEqual(before);
  });

  it('a new version is a draft copy (version + 1, parent = the published one); asking again reopens the same draft', async () => {
    const doc = await published();
    const next = await api.startPlaybookVersion({ id: doc.playbook.id });
    expect(next).toMatchObject({ version: 2, status: 'draft', parentId: doc.playbook.id, name: doc.playbook.name });
    expect(next.stepCount).toBe(doc.steps.length);
    expect((await api.startPlaybookVersion({ id: doc.playbook.id })).id).toBe(next.id);
    const draft = await api.getPlaybook({ id: next.id });
    await api.putStep({ playbookId: next.id, step: { ...draft.steps[0]!, title: 'Changed in version 2' } });
    expect((await api.getPlaybook({ id: doc.playbook.id })).steps[0]!.title).toBe(doc.steps[0]!.title);
    expect(() => api.startPlaybookVersion({ id: next.id })).toThrow(/still a draft/);
  });

  it('plans are made from published versions only', async () => {
    const draft = await api.createPlaybook({ templateId: 'transactional-smb' });
    expect(() => api.createPlan({ playbookId: draft.playbook.id, account: 'Acme Corp' })).toThrow(/published playbook: .* is draft \(publish it first\)/);
    await api.publishPlaybook({ id: draft.playbook.id });
    await api.retirePlaybook({ id: draft.playbook.id });
    expect(() => api.createPlan({ playbookId: draft.playbook.id, account: 'Acme Corp' })).toThrow(/retired/);
  });

  it('a plan keeps its pinned version after the playbook moves on, across a reopen', async () => {
    const doc = await published();
    const plan = await api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp', rep: 'Dana', targetCloseDate: '2027-03-31', value: 48_000, currency: 'EUR' });
    expect(plan.steps).toHaveLength(doc.steps.length);
    expect(plan.steps.every((s) => s.status === 'notStarted')).toBe(true);

    const next = await api.startPlaybookVersion({ id: doc.playbook.id });
    const draft = await api.getPlaybook({ id: next.id });
    await api.deleteSteps({ playbookId: next.id, stepIds: draft.steps.slice(0, 3).map((s) => s.id) });
    await api.publishPlaybook({ id: next.id });
    await api.retirePlaybook({ id: doc.playbook.id });

    reopen();
    const saved = await api.getPlan({ id: plan.plan.id });
    expect(saved.plan).toEqual(plan);
    expect(saved.playbook).toEqual({ ...doc, playbook: { ...doc.playbook, status: 'retired', updatedAt: saved.playbook.playbook.updatedAt } });
    const listed = await api.listPlans(undefined);
    expect(listed).toEqual([
      expect.objectContaining({ id: plan.plan.id, account: 'Acme Corp', playbookId: doc.playbook.id, playbookVersion: 1, currentBuyerStage: expect.any(String) }),
    ]);
  });

  it('records deviations with their reasons and refuses an unrecorded one', async () => {
    const doc = await published();
    let plan = await api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    const ctx = context();
    plan = skipStep(plan, sellerStep(plan).id, { category: 'alreadyDone', reason: 'They ran their own trial last year.' }, ctx);
    const buyerStages = doc.stages.filter((s) => s.lane === 'buyer').sort((a, b) => a.order - b.order);
    const added = addOwnStep(plan, { lane: 'buyer', stageId: buyerStages[0]!.id, title: 'Site visit', x: 20, y: 200 }, { category: 'customer', reason: 'Their COO wants to see a reference site.' }, ctx);
    plan = moveStep(added.plan, buyerStep(added.plan).id, { stageId: buyerStages[1]!.id, x: 20, y: 300 }, { category: 'timing', reason: 'Budget comes later.' }, ctx);
    plan = loopBack(plan, buyerStages[0]!.id, { category: 'customer', reason: 'A new stakeholder reopened the problem.' }, ctx);
    await api.putPlan({ doc: plan });
    reopen();
    const saved = (await api.getPlan({ id: plan.plan.id })).plan;
    expect(saved.deviations.map((d) => [d.kind, d.category, d.reason])).toEqual([
      ['skip', 'alreadyDone', 'They ran their own trial last year.'],
      ['add', 'customer', 'Their COO wants to see a reference site.'],
      ['move', 'timing', 'Budget comes later.'],
      ['loopBack', 'customer', 'A new stakeholder reopened the problem.'],
    ]);
    expect(saved.steps.find((s) => s.id === added.stepId)).toMatchObject({ title: 'Site visit', playbookStepId: null });

    // Skipping without the record, or moving a step silently, is refused and changes nothing.
    const before = snapshot(db);
    const fresh = (await api.getPlan({ id: plan.plan.id })).plan;
    const silentSkip = { ...fresh, steps: fresh.steps.map((s, i) => (i === 5 ? { ...s, status: 'skipped' as const } : s)) };
    expect(() => api.putPlan({ doc: silentSkip })).toThrow(/steps\[5\]\.status: a skipped step needs a recorded reason/);
    const silentMove = { ...fresh, steps: fresh.steps.map((s, i) => (i === 6 ? { ...s, stageId: buyerStages.at(-1)!.id } : s)) };
    expect(() => api.putPlan({ doc: silentMove })).toThrow(/needs a recorded reason|lane/);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a plan that points at a step, stage or person that is not there, through the dispatcher, changing nothing', async () => {
    const dispatch = createDispatch(api);
    const doc = await published();
    const plan = await api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    const before = snapshot(db);
    const cases: Array<[PlanDoc, RegExp]> = [
      [{ ...plan, steps: plan.steps.map((s, i) => (i === 0 ? { ...s, playbookStepId: 'not-in-playbook' } : s)) }, /steps\[0\]\.playbookStepId: no step "not-in-playbook"/],
      [{ ...plan, steps: plan.steps.map((s, i) => (i === 0 ? { ...s, buyerOwnerId: 'ghost' } : s)) }, /steps\[0\]\.buyerOwnerId: no stakeholder "ghost"/],
      [{ ...plan, steps: plan.steps.map((s, i) => (i === 1 ? { ...s, stakeholderIds: ['ghost'] } : s)) }, /steps\[1\]\.stakeholderIds\[0\]: no stakeholder/],
      [{ ...plan, steps: plan.steps.map((s, i) => (i === 0 ? { ...s, evidence: [{ criterionId: 'nope', note: 'x' }] } : s)) }, /no exit criterion "nope"/],
      [{ ...plan, plan: { ...plan.plan, playbookId: 'elsewhere' } }, /pinned/],
    ];
    for (const [bad, message] of cases) {
      const result = await dispatch('putPlan', { doc: bad });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toMatch(message);
        expect(result.error.message).not.toContain('\n');
      }
    }
    const noReason = await dispatch('putPlan', {
      doc: { ...plan, deviations: [{ id: 'd1', kind: 'skip', planStepId: plan.steps[0]!.id, stageId: null, category: 'other', reason: '   ', at: '2026-11-20T10:00:00.000Z' }] },
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/reason: a reason is needed/) } });
    expect(snapshot(db)).toEqual(before);
  });

  it('deleting a version that plans use is refused with one line; without plans it goes', async () => {
    const doc = await published();
    const plan = await api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    const before = snapshot(db);
    expect(() => api.deletePlaybook({ id: doc.playbook.id })).toThrow(/^Version 1 of ".*" cannot be deleted: 1 deal plan is pinned to it\. Retire it instead\.$/);
    expect(snapshot(db)).toEqual(before);
    // The database itself refuses too, should any code path forget to ask.
    expect(() => db.prepare('DELETE FROM playbooks WHERE id = ?').run(doc.playbook.id)).toThrow(/FOREIGN KEY/);
    await api.deletePlan({ id: plan.plan.id });
    await api.deletePlaybook({ id: doc.playbook.id });
    expect(await api.listPlaybooks(undefined)).toEqual([]);
  });

  it('lists versions with status, parent and the number of plans on each', async () => {
    const doc = await published();
    await api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    await api.createPlan({ playbookId: doc.playbook.id, account: 'Globex' });
    const next = await api.startPlaybookVersion({ id: doc.playbook.id });
    const list = await api.listPlaybooks(undefined);
    expect(list.find((p) => p.id === doc.playbook.id)).toMatchObject({ status: 'published', version: 1, planCount: 2, parentId: null });
    expect(list.find((p) => p.id === next.id)).toMatchObject({ status: 'draft', version: 2, planCount: 0, parentId: doc.playbook.id });
  });

  it('imports a plan file with its playbook on another machine; the same plan again updates that copy only when newer', async () => {
    const doc = await published();
    let plan = await api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    plan = skipStep(plan, sellerStep(plan).id, { category: 'notRelevant', reason: 'Small deal.' }, context());
    await api.putPlan({ doc: plan });
    const saved = await api.getPlan({ id: plan.plan.id });
    const text = serializePlanFile(saved.plan, saved.playbook, { now: '2026-11-21T08:00:00.000Z', appVersion: '0.1.0' });

    const other = makeTempDir();
    const otherDb = openDatabase(join(other.dir, 'tandem.db'));
    try {
      const otherApi = createPlaybookService(otherDb);
      const first = await otherApi.importPlaybookFile({ text });
      expect(first).toMatchObject({ kind: 'plan', planId: plan.plan.id, playbookId: doc.playbook.id, copied: false, updated: false, name: 'Acme Corp' });
      const there = await otherApi.getPlan({ id: plan.plan.id });
      expect(there.plan).toEqual(saved.plan);
      expect(there.playbook.steps).toEqual(saved.playbook.steps);
      expect(there.playbook.playbook.status).toBe('published');

      const again = await otherApi.importPlaybookFile({ text });
      expect(again).toMatchObject({ updated: false, note: expect.stringMatching(/kept/) });
      expect((await otherApi.listPlans(undefined)).length).toBe(1);

      const newer = serializePlanFile({ ...saved.plan, plan: { ...saved.plan.plan, outcome: 'won', updatedAt: '2027-01-01T00:00:00.000Z' } }, saved.playbook, {
        now: '2027-01-01T00:00:00.000Z',
        appVersion: '0.1.0',
      });
      const update = await otherApi.importPlaybookFile({ text: newer });
      expect(update).toMatchObject({ updated: true, note: expect.stringMatching(/Updated your copy/) });
      expect((await otherApi.getPlan({ id: plan.plan.id })).plan.plan.outcome).toBe('won');
      expect((await otherApi.listPlans(undefined)).length).toBe(1);
      expect((await otherApi.listPlaybooks(undefined)).length).toBe(1);
    } finally {
      otherDb.close();
      other.cleanup();
    }
  });

  it('refuses hostile plan files with one line and changes nothing', async () => {
    const doc = await published();
    const plan = await api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    const saved = await api.getPlan({ id: plan.plan.id });
    const base = JSON.parse(serializePlanFile(saved.plan, saved.playbook, { now: '2026-11-21T08:00:00.000Z', appVersion: '0.1.0' })) as {
      plan: PlanDoc;
      playbook: PlaybookDoc;
    };
    const mutate = (change: (file: typeof base) => void) => {
      const copy = structuredClone(base);
      change(copy);
      return JSON.stringify(copy);
    };
    const before = snapshot(db);
    const cases: Array<[string, RegExp]> = [
      [mutate((f) => (f.plan.steps[0]!.stakeholderIds = ['nobody'])), /^plan\.steps\[0\]\.stakeholderIds\[0\]: no stakeholder "nobody"/],
      [mutate((f) => (f.playbook.steps[0]!.stageId = 'missing-stage')), /^playbook\.steps\[0\]\.stageId: no stage "missing-stage"/],
      [mutate((f) => (f.plan.steps[2]!.playbookStepId = 'not-a-step')), /^plan\.steps\[2\]\.playbookStepId: no step "not-a-step" in the playbook/],
      [mutate((f) => (f.plan.plan.account = '')), /^plan\.plan\.account: must not be empty/],
      [mutate((f) => delete (f as Partial<typeof base>).playbook), /^playbook: /],
    ];
    for (const [text, message] of cases) {
      expect(() => api.importPlaybookFile({ text })).toThrow(message);
    }
    expect(snapshot(db)).toEqual(before);
  });

  it('reviews the portfolio of the plans saved here: departures per step and outcomes', async () => {
    const doc = await published();
    const seller = doc.steps.find((s) => doc.stages.find((st) => st.id === s.stageId)!.lane === 'seller')!;
    for (let i = 0; i < 6; i++) {
      let plan = await api.createPlan({ playbookId: doc.playbook.id, account: `Account ${i}` });
      plan = { ...plan, plan: { ...plan.plan, outcome: i % 2 === 0 ? 'won' : 'lost' } };
      const step = plan.steps.find((s) => s.playbookStepId === seller.id)!;
      if (i < 4) plan = skipStep(plan, step.id, { category: 'notRelevant', reason: 'Small deal' }, { newId: () => `skip-${i}`, now: '2026-11-20T10:00:00.000Z' });
      await api.putPlan({ doc: plan });
    }
    const report = await api.reviewPortfolio(undefined);
    expect(report.plans).toBe(6);
    expect(report.playbooks).toHaveLength(1);
    expect(report.playbooks[0]!.outcomes).toEqual({ won: 3, lost: 3, noDecision: 0, open: 0 });
    const evidence = report.playbooks[0]!.steps.find((s) => s.id === seller.id)!;
    expect(evidence.skipped).toBe(4);
    expect(evidence.rates.skipped.with).toMatchObject({ closed: 4, won: 0.5, small: true });
    expect(evidence.rates.skipped.without).toMatchObject({ closed: 2, won: 0.5 });
  });

  it('promotes a departure that keeps winning into the next draft, only when accepted, with the plans behind it', async () => {
    const doc = await published();
    const seller = doc.steps.find((s) => doc.stages.find((st) => st.id === s.stageId)!.lane === 'seller')!;
    // 12 closed deals: the 6 that skip the step win 5; the 6 that keep it win 1.
    for (let i = 0; i < 12; i++) {
      let plan = await api.createPlan({ playbookId: doc.playbook.id, account: `Account ${i}` });
      const skips = i < 6;
      plan = { ...plan, plan: { ...plan.plan, outcome: (skips ? i < 5 : i === 6) ? 'won' : 'lost' } };
      if (skips) plan = skipStep(plan, plan.steps.find((s) => s.playbookStepId === seller.id)!.id, { category: 'notRelevant', reason: 'Not needed' }, { newId: () => `promo-skip-${i}`, now: '2026-11-20T10:00:00.000Z' });
      await api.putPlan({ doc: plan });
    }
    const before = snapshot(db);
    const proposals = await api.proposePromotions({ playbookId: doc.playbook.id });
    expect(snapshot(db)).toEqual(before);
    const remove = proposals.find((p) => p.stepId === seller.id && p.measure === 'skipped')!;
    expect(remove.change).toEqual({ kind: 'remove-step' });
    expect(remove.evidence).toMatchObject({ plans: 6, closedWith: 6, closedWithout: 6 });
    expect(remove.evidence.accounts).toEqual(['Account 0', 'Account 1', 'Account 2', 'Account 3', 'Account 4', 'Account 5']);

    const draft = await api.acceptPromotion({ playbookId: doc.playbook.id, stepId: seller.id, measure: 'skipped' });
    expect(draft).toMatchObject({ version: 2, status: 'draft', parentId: doc.playbook.id, stepCount: doc.steps.length - 1 });
    const next = await api.getPlaybook({ id: draft.id });
    expect(next.steps.map((s) => s.title)).not.toContain(seller.title);
    expect((await api.getPlaybook({ id: doc.playbook.id })).steps).toEqual(doc.steps);
    // Accepted once, it cannot be applied again to the same draft: the step is gone there.
    await expect(Promise.resolve().then(() => api.acceptPromotion({ playbookId: doc.playbook.id, stepId: seller.id, measure: 'skipped' }))).rejects.toThrow(/no longer in the draft/);
    await expect(Promise.resolve().then(() => api.acceptPromotion({ playbookId: doc.playbook.id, stepId: seller.id, measure: 'moved' }))).rejects.toThrow(/no longer support this change/);
  });
});
