import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api/contract';
import type { NoteOwner } from '../../shared/api/reviewOps';
import { serializePlanFile, serializeTandemFile } from '../../shared/file/serialize';
import { notesForExport } from '../../shared/review/notes';
import { makeTempDir } from '../../test/support/tempDir';
import { openDatabase, type Db } from '../db/database';
import { noteContextFor } from './reviewService';
import { createPlaybookService } from './playbookService';

/** Every row of every table: compared before and after a refused import. */
function snapshot(db: Db) {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

interface Side {
  db: Db;
  api: ApiHandlers;
}

describe('review notes across two databases', () => {
  let cleanup: () => void;
  let author: Side;
  let reviewer: Side;
  let clock = 0;
  const now = () => new Date(Date.UTC(2026, 10, 20, 10, 0, clock++)).toISOString();

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = makeTempDir());
    const side = (name: string): Side => {
      const db = openDatabase(join(dir, `${name}.db`));
      return { db, api: createPlaybookService(db, { now }) };
    };
    author = side('author');
    reviewer = side('reviewer');
    await author.api.setAuthorName({ name: 'Dana (enablement)' });
    await reviewer.api.setAuthorName({ name: 'Morgan (manager)' });
  });
  afterEach(() => {
    author.db.close();
    reviewer.db.close();
    cleanup();
  });

  /** A playbook or plan exported from one side with that side's notes, as the app writes it. */
  const exportFile = async (from: Side, owner: NoteOwner) => {
    const prefs = await from.api.getPreferences(undefined);
    const envelope = { now: now(), appVersion: '0.1.0', installationId: prefs.installationId, author: prefs.authorName };
    const notes = notesForExport(await from.api.listNotes({ owner }), noteContextFor(from.db, owner));
    if (owner.kind === 'playbook') return serializeTandemFile(await from.api.getPlaybook({ id: owner.id }), { ...envelope, notes });
    const { plan, playbook } = await from.api.getPlan({ id: owner.id });
    return serializePlanFile(plan, playbook, { ...envelope, notes });
  };

  it('each database has its own installation id, made once and kept', async () => {
    const a = await author.api.getPreferences(undefined);
    const b = await reviewer.api.getPreferences(undefined);
    expect(a.installationId).toMatch(/^[0-9a-f]{32}$/);
    expect(b.installationId).not.toBe(a.installationId);
    expect(a.authorName).toBe('Dana (enablement)');
    expect((await author.api.getPreferences(undefined)).installationId).toBe(a.installationId);
  });

  it('a playbook goes out for review and its notes come back onto the original, once', async () => {
    const doc = await author.api.createPlaybook({ templateId: 'transactional-smb' });
    const owner = { kind: 'playbook', id: doc.playbook.id } as const;
    const sent = await exportFile(author, owner);

    // The reviewer's side: someone else's playbook, with who sent it.
    const received = await reviewer.api.importPlaybookFile({ text: sent });
    expect(received).toMatchObject({ playbookId: doc.playbook.id, copied: false });
    const exportedAt = JSON.parse(sent).exportedAt;
    expect(await reviewer.api.getOrigin({ owner })).toEqual({ installationId: (await author.api.getPreferences(undefined)).installationId, author: 'Dana (enablement)', exportedAt });
    const step = doc.steps[0]!;
    const question = await reviewer.api.putNote({ owner, note: { id: 'note-q', target: { kind: 'step', id: step.id }, kind: 'question', text: 'Who signs this off?', parentId: null } });
    expect(question).toMatchObject({ author: 'Morgan (manager)', resolved: false });
    await reviewer.api.putNote({ owner, note: { id: 'note-f', target: { kind: 'link', id: doc.links[0]!.id }, kind: 'flag', text: 'This link is backwards.', parentId: null } });
    await reviewer.api.putNote({ owner, note: { id: 'note-ok', target: { kind: 'file', id: doc.playbook.id }, kind: 'approve', text: 'Good to publish after the fixes.', parentId: null } });
    const back = await exportFile(reviewer, owner);

    // Back home: the notes land on the original, which stays the author's own.
    const before = await author.api.listPlaybooks(undefined);
    const home = await author.api.importPlaybookFile({ text: back });
    expect(home).toMatchObject({ playbookId: doc.playbook.id, copied: false, note: expect.stringContaining('3 new') });
    expect(await author.api.listPlaybooks(undefined)).toEqual(before);
    expect(await author.api.getOrigin({ owner })).toBeNull();
    const notes = await author.api.listNotes({ owner });
    expect(notes.map((n) => [n.id, n.kind, n.author, n.resolved])).toEqual([
      ['note-q', 'question', 'Morgan (manager)', false],
      ['note-f', 'flag', 'Morgan (manager)', false],
      ['note-ok', 'approve', 'Morgan (manager)', false],
    ]);

    // The author answers and resolves; the same file again adds nothing and reopens nothing.
    await author.api.putNote({ owner, note: { id: 'note-a', target: { kind: 'step', id: step.id }, kind: 'comment', text: 'The CFO.', parentId: 'note-q' } });
    await author.api.resolveNote({ id: 'note-q', resolved: true });
    const again = await author.api.importPlaybookFile({ text: back });
    expect(again.note).toContain('0 new');
    const after = await author.api.listNotes({ owner });
    expect(after.map((n) => [n.id, n.parentId, n.resolved])).toEqual([
      ['note-q', null, true],
      ['note-a', 'note-q', false],
      ['note-f', null, false],
      ['note-ok', null, false],
    ]);

    // The reply travels to the reviewer; the reviewer's resolve comes back and sticks.
    await reviewer.api.importPlaybookFile({ text: await exportFile(author, owner) });
    expect((await reviewer.api.listNotes({ owner })).map((n) => [n.id, n.resolved])).toEqual([
      ['note-q', true],
      ['note-a', false],
      ['note-f', false],
      ['note-ok', false],
    ]);
    await reviewer.api.resolveNote({ id: 'note-f', resolved: true });
    await author.api.importPlaybookFile({ text: await exportFile(reviewer, owner) });
    expect((await author.api.listNotes({ owner })).filter((n) => n.resolved).map((n) => n.id)).toEqual(['note-q', 'note-f']);
  });

  it('a plan goes out for review; notes on its steps, people and the plan come back onto it', async () => {
    const doc = await author.api.createPlaybook({ templateId: 'transactional-smb' });
    await author.api.publishPlaybook({ id: doc.playbook.id });
    const plan = await author.api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    await author.api.putPlan({ doc: { ...plan, stakeholders: [{ id: 'person-1', name: 'Ana', title: 'CFO', roles: ['economicBuyer'], stance: 'mobilizer', engagement: 'high' }] } });
    const owner = { kind: 'plan', id: plan.plan.id } as const;

    await reviewer.api.importPlaybookFile({ text: await exportFile(author, owner) });
    expect(await reviewer.api.getOrigin({ owner })).toMatchObject({ author: 'Dana (enablement)' });
    await reviewer.api.putNote({ owner, note: { id: 'pn-1', target: { kind: 'step', id: plan.steps[0]!.id }, kind: 'question', text: 'Is this done?', parentId: null } });
    await reviewer.api.putNote({ owner, note: { id: 'pn-2', target: { kind: 'stakeholder', id: 'person-1' }, kind: 'flag', text: 'Has Ana seen the price?', parentId: null } });
    await reviewer.api.putNote({ owner, note: { id: 'pn-3', target: { kind: 'plan', id: plan.plan.id }, kind: 'comment', text: 'No coach yet.', parentId: null } });
    const back = await exportFile(reviewer, owner);

    const plans = await author.api.listPlans(undefined);
    expect(await author.api.importPlaybookFile({ text: back })).toMatchObject({ planId: plan.plan.id, copied: false });
    await author.api.importPlaybookFile({ text: back });
    expect(await author.api.listPlans(undefined)).toEqual(plans);
    expect(await author.api.getOrigin({ owner })).toBeNull();
    expect((await author.api.listNotes({ owner })).map((n) => n.id)).toEqual(['pn-1', 'pn-2', 'pn-3']);
  });

  it('someone else’s playbook or plan is refused edits; an editable copy is the user’s own', async () => {
    const doc = await author.api.createPlaybook({ templateId: 'transactional-smb' });
    await reviewer.api.importPlaybookFile({ text: await exportFile(author, { kind: 'playbook', id: doc.playbook.id }) });
    const step = doc.steps[0]!;
    expect(() => reviewer.api.putStep({ playbookId: doc.playbook.id, step: { ...step, title: 'Mine now' } })).toThrow("This playbook is Dana (enablement)'s, open for review: make an editable copy to change it.");
    expect(() => reviewer.api.replacePlaybook({ doc })).toThrow(/open for review/);
    const copy = await reviewer.api.makeEditableCopy({ owner: { kind: 'playbook', id: doc.playbook.id } });
    expect(await reviewer.api.getOrigin({ owner: { kind: 'playbook', id: copy.playbookId } })).toBeNull();
    const mine = await reviewer.api.getPlaybook({ id: copy.playbookId });
    expect(mine.playbook).toMatchObject({ status: 'draft', name: `${doc.playbook.name} (copy)` });
    await reviewer.api.putStep({ playbookId: copy.playbookId, step: { ...mine.steps[0]!, title: 'Mine now' } });
    expect((await reviewer.api.getPlaybook({ id: doc.playbook.id })).steps[0]!.title).toBe(step.title);

    await author.api.publishPlaybook({ id: doc.playbook.id });
    const plan = await author.api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    const planOwner = { kind: 'plan', id: plan.plan.id } as const;
    await reviewer.api.importPlaybookFile({ text: await exportFile(author, planOwner) });
    const received = (await reviewer.api.getPlan({ id: plan.plan.id })).plan;
    expect(() => reviewer.api.putPlan({ doc: { ...received, plan: { ...received.plan, outcome: 'won' } } })).toThrow(/plan is Dana \(enablement\)'s, open for review/);
    const planCopy = await reviewer.api.makeEditableCopy({ owner: planOwner });
    const editable = (await reviewer.api.getPlan({ id: planCopy.planId! })).plan;
    await reviewer.api.putPlan({ doc: { ...editable, plan: { ...editable.plan, outcome: 'won' } } });
    expect((await reviewer.api.getPlan({ id: planCopy.planId! })).plan.plan.outcome).toBe('won');
  });

  it('refuses a file whose notes point at nothing, or repeat an id, in one line, changing nothing', async () => {
    const doc = await author.api.createPlaybook({ templateId: 'transactional-smb' });
    const owner = { kind: 'playbook', id: doc.playbook.id } as const;
    await author.api.putNote({ owner, note: { id: 'n-1', target: { kind: 'step', id: doc.steps[0]!.id }, kind: 'comment', text: 'Fine.', parentId: null } });
    const good = JSON.parse(await exportFile(author, owner));
    const dangling = { ...good, notes: [{ ...good.notes[0], target: { kind: 'step', id: 'nowhere' } }] };
    const twice = { ...good, notes: [good.notes[0], { ...good.notes[0], text: 'Again.' }] };
    for (const [file, message] of [
      [dangling, 'notes[0].target.id: no step "nowhere" in this file'],
      [twice, 'notes[1].id: the id "n-1" is used by another note'],
    ] as const) {
      const before = snapshot(reviewer.db);
      expect(() => reviewer.api.importPlaybookFile({ text: JSON.stringify(file) })).toThrow(message);
      expect(snapshot(reviewer.db)).toEqual(before);
    }
  });

  it('a note whose step was removed since travels on the whole file', async () => {
    const doc = await author.api.createPlaybook({ templateId: 'transactional-smb' });
    const owner = { kind: 'playbook', id: doc.playbook.id } as const;
    const step = doc.steps.at(-1)!;
    await author.api.putNote({ owner, note: { id: 'n-1', target: { kind: 'step', id: step.id }, kind: 'flag', text: 'Remove this one.', parentId: null } });
    await author.api.putNote({ owner, note: { id: 'n-2', target: { kind: 'step', id: step.id }, kind: 'comment', text: 'Agreed.', parentId: 'n-1' } });
    await author.api.deleteSteps({ playbookId: doc.playbook.id, stepIds: [step.id] });
    const file = JSON.parse(await exportFile(author, owner));
    expect(file.notes.map((n: { target: unknown }) => n.target)).toEqual([
      { kind: 'file', id: doc.playbook.id },
      { kind: 'file', id: doc.playbook.id },
    ]);
    expect(await reviewer.api.importPlaybookFile({ text: JSON.stringify(file) })).toMatchObject({ note: '2 review notes added.' });
  });

  it('refuses notes on nothing, and replies to replies, at the API too', async () => {
    const doc = await author.api.createPlaybook({ templateId: 'transactional-smb' });
    const owner = { kind: 'playbook', id: doc.playbook.id } as const;
    expect(() => author.api.putNote({ owner, note: { id: 'n-1', target: { kind: 'stakeholder', id: 'x' }, kind: 'comment', text: 'Hm.', parentId: null } })).toThrow(/No stakeholder "x"/);
    const target = { kind: 'stage', id: doc.stages[0]!.id } as const;
    await author.api.putNote({ owner, note: { id: 'n-1', target, kind: 'comment', text: 'One', parentId: null } });
    await author.api.putNote({ owner, note: { id: 'n-2', target, kind: 'comment', text: 'Two', parentId: 'n-1' } });
    expect(() => author.api.putNote({ owner, note: { id: 'n-3', target, kind: 'comment', text: 'Three', parentId: 'n-2' } })).toThrow(/not itself a reply/);
    await author.api.deletePlaybook({ id: doc.playbook.id });
    expect(author.db.prepare('SELECT COUNT(*) AS n FROM notes').get()).toEqual({ n: 0 });
  });
});
