import { beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/limits';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { serializePlanFile } from '../../shared/file/serialize';
import { makeStep } from '../../test/support/fixtures';
import { useServiceOnDisk } from '../../test/support/serviceOnDisk';
import { makeTempDir } from '../../test/support/tempDir';
import { createPlaybookService } from './playbookService';

/**
 * Every edit the service refuses, one by one: the code and the exact line the user reads, and the
 * database as it was. The canvas keeps most of these from being asked; a stale window, a second
 * window or a hostile caller does not, and the message is then all the user has.
 */
describe('the service refuses a senseless edit in one line and changes nothing', () => {
  const on = useServiceOnDisk();
  let opened: string[];
  let doc: PlaybookDoc;
  let other: PlaybookDoc;

  beforeEach(async () => {
    opened = [];
    doc = await on.api.createPlaybook({ templateId: 'b2b-saas-new-logo' });
    other = await on.api.createPlaybook({ templateId: 'transactional-smb' });
  });

  function snapshot() {
    const tables = on.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
    return Object.fromEntries(tables.map(({ name }) => [name, on.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  }

  /** What the call was refused with; fails the test when it was not refused. */
  async function refusal(call: () => unknown): Promise<{ code: string; message: string }> {
    try {
      await call();
    } catch (error) {
      return { code: (error as { code: string }).code, message: (error as Error).message };
    }
    throw new Error('the call was not refused');
  }

  async function expectRefused(call: () => unknown, code: string, message: string) {
    const before = snapshot();
    expect(await refusal(call)).toEqual({ code, message });
    expect(snapshot()).toEqual(before);
  }

  const id = () => doc.playbook.id;
  const stagesOf = (d: PlaybookDoc, lane: 'buyer' | 'seller') => d.stages.filter((s) => s.lane === lane).sort((a, b) => a.order - b.order);

  it('names what is not there', async () => {
    await expectRefused(() => on.api.getPlaybook({ id: 'nope' }), 'not-found', 'No playbook with id "nope".');
    await expectRefused(() => on.api.renamePlaybook({ id: 'nope', name: 'Renamed' }), 'not-found', 'No playbook with id "nope".');
    await expectRefused(() => on.api.saveViewport({ playbookId: 'nope', viewport: { x: 0, y: 0, zoom: 1 } }), 'not-found', 'No playbook with id "nope".');
    await expectRefused(() => on.api.createPlaybook({ templateId: 'nope' }), 'not-found', 'No template "nope".');
    await expectRefused(() => on.api.deleteSteps({ playbookId: id(), stepIds: ['nope'] }), 'not-found', 'No step "nope" in this playbook.');
    // A step of another playbook is not this playbook's to delete either.
    await expectRefused(() => on.api.deleteSteps({ playbookId: id(), stepIds: [other.steps[0]!.id] }), 'not-found', `No step "${other.steps[0]!.id}" in this playbook.`);
    await expectRefused(() => on.api.listNotes({ owner: { kind: 'playbook', id: 'nope' } }), 'not-found', 'No playbook with id "nope".');
    await expectRefused(() => on.api.listNotes({ owner: { kind: 'plan', id: 'nope' } }), 'not-found', 'No deal plan with id "nope".');
    await expectRefused(() => on.api.resolveNote({ id: 'nope', resolved: true }), 'not-found', 'No note with id "nope".');
    // The first id exists: the whole call is refused, so it is not deleted either.
    await expectRefused(() => on.api.deleteLinks({ playbookId: id(), linkIds: [doc.links[0]!.id, 'nope'] }), 'not-found', 'No link "nope" in this playbook.');
  });

  it('keeps stages in their playbook and lane, in an order that lists each once', async () => {
    const buyer = stagesOf(doc, 'buyer');
    const seller = stagesOf(doc, 'seller');
    const foreign = other.stages[0]!;
    await expectRefused(() => on.api.putStage({ playbookId: id(), stage: { ...foreign } }), 'conflict', `Stage "${foreign.id}" belongs to another playbook or lane.`);
    await expectRefused(() => on.api.putStage({ playbookId: id(), stage: { ...buyer[0]!, lane: 'seller' } }), 'conflict', `Stage "${buyer[0]!.id}" belongs to another playbook or lane.`);

    // A lane holds at most LIMITS.stagesPerLane stages; an edit of one of them is still an edit.
    const blank = await on.api.createPlaybook({ templateId: 'blank' });
    const lane = stagesOf(blank, 'buyer');
    for (let i = lane.length; i < LIMITS.stagesPerLane; i++) {
      await on.api.putStage({ playbookId: blank.playbook.id, stage: { ...lane[0]!, id: `extra-${i}`, name: `Stage ${i}`, order: i, exitCriteria: [] } });
    }
    await expectRefused(
      () => on.api.putStage({ playbookId: blank.playbook.id, stage: { ...lane[0]!, id: 'one-too-many', order: 0, exitCriteria: [] } }),
      'invalid-argument',
      `A lane holds at most ${LIMITS.stagesPerLane} stages.`,
    );
    await on.api.putStage({ playbookId: blank.playbook.id, stage: { ...lane[0]!, name: 'Renamed at the limit' } });

    const ids = buyer.map((s) => s.id);
    const order = 'stageIds must list each buyer stage of this playbook exactly once.';
    await expectRefused(() => on.api.reorderStages({ playbookId: id(), lane: 'buyer', stageIds: ids.slice(1) }), 'invalid-argument', order);
    await expectRefused(() => on.api.reorderStages({ playbookId: id(), lane: 'buyer', stageIds: [...ids.slice(1), ids[1]!] }), 'invalid-argument', order);
    await expectRefused(() => on.api.reorderStages({ playbookId: id(), lane: 'buyer', stageIds: [...ids.slice(1), seller[0]!.id] }), 'invalid-argument', order);
    await expectRefused(() => on.api.reorderStages({ playbookId: id(), lane: 'buyer', stageIds: [...ids, seller[0]!.id] }), 'invalid-argument', order);
    // The same stages in another order is an order.
    await on.api.reorderStages({ playbookId: id(), lane: 'buyer', stageIds: [...ids].reverse() });
    expect(stagesOf(await on.api.getPlaybook({ id: id() }), 'buyer').map((s) => s.id)).toEqual([...ids].reverse());
  });

  it('removes a stage only where its steps can go', async () => {
    const [first, second] = stagesOf(doc, 'buyer');
    const seller = stagesOf(doc, 'seller')[0]!;
    await expectRefused(() => on.api.deleteStage({ playbookId: id(), stageId: first!.id, moveStepsTo: first!.id }), 'invalid-argument', 'Steps cannot move to the stage being removed.');
    await expectRefused(() => on.api.deleteStage({ playbookId: id(), stageId: first!.id, moveStepsTo: seller.id }), 'invalid-argument', 'Steps can only move to a stage of the same lane.');
    await on.api.deleteStage({ playbookId: id(), stageId: first!.id, moveStepsTo: second!.id });

    const blank = await on.api.createPlaybook({ templateId: 'blank' });
    const only = stagesOf(blank, 'buyer');
    for (const stage of only.slice(1)) await on.api.deleteStage({ playbookId: blank.playbook.id, stageId: stage.id, moveStepsTo: null });
    await expectRefused(() => on.api.deleteStage({ playbookId: blank.playbook.id, stageId: only[0]!.id, moveStepsTo: null }), 'invalid-argument', 'A lane needs at least one stage.');
  });

  it('keeps steps and links in their own playbook and lane', async () => {
    const foreignStep = other.steps[0]!;
    await expectRefused(
      () => on.api.putStep({ playbookId: id(), step: { ...foreignStep, stageId: stagesOf(doc, 'buyer')[0]!.id } }),
      'conflict',
      `Step "${foreignStep.id}" belongs to another playbook.`,
    );
    const buyerStep = doc.steps.find((s) => stagesOf(doc, 'buyer').some((st) => st.id === s.stageId))!;
    await expectRefused(
      () => on.api.putStep({ playbookId: id(), step: { ...buyerStep, stageId: stagesOf(doc, 'seller')[0]!.id } }),
      'invalid-argument',
      'A step stays in its lane; add a new step in the other lane instead.',
    );
    // A sound mirror link between two new steps, under the id of another playbook's link.
    const foreignLink = other.links.find((l) => l.kind === 'mirror')!;
    const buyerNew = makeStep(stagesOf(doc, 'buyer')[0]!.id);
    const sellerNew = makeStep(stagesOf(doc, 'seller')[0]!.id);
    await on.api.putSteps({ playbookId: id(), steps: [buyerNew, sellerNew] });
    await expectRefused(
      () => on.api.putLink({ playbookId: id(), link: { ...foreignLink, sourceId: sellerNew.id, targetId: buyerNew.id } }),
      'conflict',
      `Link "${foreignLink.id}" belongs to another playbook.`,
    );
    // Across the lanes a link is a mirror link, from the seller step to the buyer step.
    const across = { id: 'new-link', sourceId: sellerNew.id, targetId: buyerNew.id, relation: null, rationale: '' };
    const mustBe = `This link must be a mirror link from ${sellerNew.id} to ${buyerNew.id}.`;
    await expectRefused(() => on.api.putLink({ playbookId: id(), link: { ...across, kind: 'sequence' } }), 'invalid-argument', mustBe);
    await expectRefused(() => on.api.putLink({ playbookId: id(), link: { ...across, kind: 'mirror', sourceId: buyerNew.id, targetId: sellerNew.id } }), 'invalid-argument', mustBe);
  });

  it('replaces a playbook (an undo) only with a sound one', async () => {
    const [first, second] = stagesOf(doc, 'buyer');
    const gap = { ...doc, stages: doc.stages.map((s) => (s.id === second!.id ? { ...s, order: first!.order + 5 } : s)) };
    await expectRefused(() => on.api.replacePlaybook({ doc: gap }), 'invalid-argument', 'stages: buyer stage orders must run 0, 1, 2… without gaps or repeats');
  });

  it('asks for an assumption id each, a published version to retire, and steps to publish', async () => {
    const assumption = { id: 'a1', statement: 'Buyers compare three vendors', source: '', confidence: 'medium' as const, lastValidatedAt: null, revalidateEveryDays: 180 };
    await expectRefused(() => on.api.putAssumptions({ playbookId: id(), assumptions: [assumption, { ...assumption }] }), 'invalid-argument', 'Each assumption needs its own id.');
    await expectRefused(() => on.api.retirePlaybook({ id: id() }), 'invalid-argument', `Only a published version can be retired; version ${doc.playbook.version} is draft.`);
    const blank = await on.api.createPlaybook({ templateId: 'blank' });
    await expectRefused(() => on.api.publishPlaybook({ id: blank.playbook.id }), 'invalid-argument', `"${blank.playbook.name}" has no steps yet; add some before publishing it.`);
  });

  it('does not delete a version deal plans are pinned to, and says how many', async () => {
    await on.api.publishPlaybook({ id: id() });
    await on.api.createPlan({ playbookId: id(), account: 'Acme Corp' });
    const one = `Version ${doc.playbook.version} of "${doc.playbook.name}" cannot be deleted: 1 deal plan is pinned to it. Retire it instead.`;
    await expectRefused(() => on.api.deletePlaybook({ id: id() }), 'conflict', one);
    await on.api.createPlan({ playbookId: id(), account: 'Globex' });
    await expectRefused(() => on.api.deletePlaybook({ id: id() }), 'conflict', one.replace('1 deal plan is', '2 deal plans are'));
  });

  it('opens only http and https links, and only where the app can open them', async () => {
    await expectRefused(() => on.api.openExternalLink({ url: 'javascript:alert(1)' }), 'invalid-argument', 'Only http and https links can be opened.');
    await expectRefused(() => on.api.openExternalLink({ url: 'https://Example.COM/pricing' }), 'failed', 'Links cannot be opened here.');
    on.api = createPlaybookService(on.db, { openExternal: async (url) => void opened.push(url) });
    await on.api.openExternalLink({ url: 'https://Example.COM/pricing' });
    // The normalised address, exactly what the check looked at.
    expect(opened).toEqual(['https://example.com/pricing']);
    expect(on.api.cancelImport(undefined)).toBe(false);
    expect(on.api.importProgress(undefined)).toBeNull();
  });

  it('keeps review notes on their own playbook or plan, and a reply on what its note is about', async () => {
    const owner = { kind: 'playbook' as const, id: id() };
    const [first, second] = doc.steps;
    await on.api.putNote({ owner, note: { id: 'n1', target: { kind: 'step', id: first!.id }, kind: 'question', text: 'Who signs this off?', parentId: null } });
    await expectRefused(
      () => on.api.putNote({ owner: { kind: 'playbook', id: other.playbook.id }, note: { id: 'n1', target: { kind: 'file', id: other.playbook.id }, kind: 'comment', text: 'Mine now', parentId: null } }),
      'conflict',
      'Note "n1" belongs to another playbook or plan.',
    );
    await expectRefused(
      () => on.api.putNote({ owner, note: { id: 'n2', target: { kind: 'step', id: 'nope' }, kind: 'comment', text: 'On nothing', parentId: null } }),
      'invalid-argument',
      'No step "nope" here to write a note on.',
    );
    await expectRefused(
      () => on.api.putNote({ owner, note: { id: 'n3', target: { kind: 'step', id: second!.id }, kind: 'comment', text: 'About another step', parentId: 'n1' } }),
      'invalid-argument',
      'A reply is about what its note is about.',
    );
    await expectRefused(
      () => on.api.putNote({ owner, note: { id: 'n4', target: { kind: 'file', id: id() }, kind: 'comment', text: 'About the whole file', parentId: 'n1' } }),
      'invalid-argument',
      'A reply is about what its note is about.',
    );
    // The same note sent again (a retry) is the note already saved, not a second one.
    const saved = await on.api.putNote({ owner, note: { id: 'n1', target: { kind: 'step', id: first!.id }, kind: 'question', text: 'Who signs this off?', parentId: null } });
    expect(await on.api.putNote({ owner, note: { id: 'n1', target: { kind: 'file', id: id() }, kind: 'comment', text: 'Sent again', parentId: null } })).toEqual(saved);
    await on.api.putNote({ owner, note: { id: 'n5', target: { kind: 'step', id: first!.id }, kind: 'comment', text: 'The CFO.', parentId: 'n1' } });
    await expectRefused(
      () => on.api.putNote({ owner, note: { id: 'n6', target: { kind: 'step', id: first!.id }, kind: 'comment', text: 'A reply to a reply', parentId: 'n5' } }),
      'invalid-argument',
      'A reply answers a note that is not itself a reply.',
    );
  });

  it('keeps a reply on the plan itself apart from one on the whole plan file, and a note apart from a playbook that shares its plan’s id', async () => {
    await on.api.publishPlaybook({ id: id() });
    const plan = await on.api.createPlan({ playbookId: id(), account: 'Acme Corp' });
    const owner = { kind: 'plan' as const, id: plan.plan.id };
    // "plan" and "file" name the same id on a plan; a reply still keeps to its note's.
    await on.api.putNote({ owner, note: { id: 'p1', target: { kind: 'plan', id: plan.plan.id }, kind: 'question', text: 'Who is the coach?', parentId: null } });
    await expectRefused(
      () => on.api.putNote({ owner, note: { id: 'p2', target: { kind: 'file', id: plan.plan.id }, kind: 'comment', text: 'About the file', parentId: 'p1' } }),
      'invalid-argument',
      'A reply is about what its note is about.',
    );

    // A plan file from elsewhere whose plan has the id of a playbook here: their notes stay apart.
    await on.api.publishPlaybook({ id: other.playbook.id });
    const made = await on.api.createPlan({ playbookId: other.playbook.id, account: 'Globex' });
    const { plan: theirs, playbook } = await on.api.getPlan({ id: made.plan.id });
    await on.api.deletePlan({ id: made.plan.id });
    const sameId = { ...theirs, plan: { ...theirs.plan, id: id() } };
    await on.api.importPlaybookFile({ text: serializePlanFile(sameId, playbook, { now: '2026-11-21T08:00:00.000Z', appVersion: '0.1.0' }) });
    await on.api.putNote({ owner: { kind: 'playbook', id: id() }, note: { id: 'shared', target: { kind: 'file', id: id() }, kind: 'comment', text: 'On the playbook', parentId: null } });
    await expectRefused(
      () => on.api.putNote({ owner: { kind: 'plan', id: id() }, note: { id: 'shared', target: { kind: 'plan', id: id() }, kind: 'comment', text: 'On the plan', parentId: null } }),
      'conflict',
      'Note "shared" belongs to another playbook or plan.',
    );
  });

  it('names the plan or playbook that is not there, and keeps each plan’s ids its own', async () => {
    await expectRefused(() => on.api.createPlan({ playbookId: 'nope', account: 'Acme Corp' }), 'not-found', 'No playbook with id "nope".');
    await expectRefused(() => on.api.getPlan({ id: 'nope' }), 'not-found', 'No deal plan with id "nope".');
    await expectRefused(() => on.api.deletePlan({ id: 'nope' }), 'not-found', 'No deal plan with id "nope".');
    await on.api.publishPlaybook({ id: id() });
    const acme = await on.api.createPlan({ playbookId: id(), account: 'Acme Corp' });
    const globex = await on.api.createPlan({ playbookId: id(), account: 'Globex' });
    await expectRefused(() => on.api.putPlan({ doc: { ...acme, plan: { ...acme.plan, id: 'nope' } } }), 'not-found', 'No deal plan with id "nope".');
    // A person of Acme's written into Globex's plan under the same id would move it between plans.
    const ana = { id: 'person-ana', name: 'Ana', title: 'CFO', roles: ['economicBuyer' as const], stance: 'mobilizer' as const, engagement: 'high' as const };
    await on.api.putPlan({ doc: { ...acme, stakeholders: [ana] } });
    await expectRefused(() => on.api.putPlan({ doc: { ...globex, stakeholders: [ana] } }), 'conflict', 'Some of these ids belong to another deal plan.');
    // A step of Acme's plan, likewise.
    await expectRefused(() => on.api.putPlan({ doc: { ...globex, steps: [acme.steps[0]!, ...globex.steps.slice(1)] } }), 'conflict', 'Some of these ids belong to another deal plan.');
  });

  it('plans deals from a published version only, and says what to do instead', async () => {
    await expectRefused(
      () => on.api.createPlan({ playbookId: id(), account: 'Acme Corp' }),
      'invalid-argument',
      `Deals are planned from a published playbook: version ${doc.playbook.version} of "${doc.playbook.name}" is draft (publish it first).`,
    );
    await on.api.publishPlaybook({ id: id() });
    await on.api.retirePlaybook({ id: id() });
    await expectRefused(
      () => on.api.createPlan({ playbookId: id(), account: 'Acme Corp' }),
      'invalid-argument',
      `Deals are planned from a published playbook: version ${doc.playbook.version} of "${doc.playbook.name}" is retired (it is retired; pick a published version).`,
    );
  });

  it('reviews only a folder the user picked, and promotes only what the evidence still supports', async () => {
    await expectRefused(() => on.api.chooseReviewFolder(undefined), 'failed', 'Choosing a folder is not available here.');
    await expectRefused(() => on.api.reviewPlanFolder({ folder: '/etc' }), 'invalid-argument', 'Choose the folder with "Review a folder…" first.');
    await expectRefused(() => on.api.proposePromotions({ playbookId: id(), folder: '/etc' }), 'invalid-argument', 'Choose the folder with "Review a folder…" first.');
    await expectRefused(
      () => on.api.acceptPromotion({ playbookId: 'version-on-another-laptop', stepId: doc.steps[0]!.id, measure: 'skipped', folder: '/etc' }),
      'not-found',
      'This playbook version is not in Tandem here: import it, then promote.',
    );
    await expectRefused(() => on.api.acceptPromotion({ playbookId: id(), stepId: doc.steps[0]!.id, measure: 'skipped', folder: '/etc' }), 'invalid-argument', 'Choose the folder with "Review a folder…" first.');
    // Without a folder, a playbook that is not here is named as such, before any plan is read.
    await expectRefused(() => on.api.acceptPromotion({ playbookId: 'nope', stepId: doc.steps[0]!.id, measure: 'skipped' }), 'not-found', 'No playbook with id "nope".');
    // No plan skipped the step: nothing supports removing it.
    await expectRefused(() => on.api.acceptPromotion({ playbookId: id(), stepId: doc.steps[0]!.id, measure: 'skipped' }), 'not-found', 'The plans here no longer support this change.');
    // A folder the user picked, with no plans in it.
    const picked = makeTempDir();
    try {
      on.api = createPlaybookService(on.db, { chooseFolder: async () => picked.dir });
      expect(await on.api.chooseReviewFolder(undefined)).toBe(picked.dir);
      await expectRefused(
        () => on.api.acceptPromotion({ playbookId: id(), stepId: doc.steps[0]!.id, measure: 'skipped', folder: picked.dir }),
        'not-found',
        'The plans in that folder no longer support this change.',
      );
    } finally {
      picked.cleanup();
    }
    expect(on.api.portfolioProgress(undefined)).toBeNull();
    expect(on.api.cancelPortfolioReview(undefined)).toBe(false);
  });
});
