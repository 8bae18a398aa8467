import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { serializePlanFile, serializeTandemFile, type SerializeOptions } from '../../shared/file/serialize';
import type { Note } from '../../shared/review/notes';
import { expectRefused } from '../../test/support/refusal';
import { useServiceOnDisk } from '../../test/support/serviceOnDisk';

const NOW = '2026-11-21T08:00:00.000Z';
/** Another installation: a reviewer's laptop. */
const ELSEWHERE = 'e'.repeat(32);

const note = (id: string, target: Note['target'], parentId: string | null = null, text = `Note ${id}`): Note => ({
  id,
  target,
  kind: parentId ? 'comment' : 'question',
  text,
  author: 'Morgan',
  createdAt: NOW,
  resolved: false,
  parentId,
});

/**
 * The review notes a file brings, and whose file it is: notes land on what they are about here (or
 * on the whole file when that is gone), keep their replies, follow a copy's new ids, and the user
 * is told how many were added; only a file from another installation opens for review.
 */
describe('importing a file with review notes', () => {
  const on = useServiceOnDisk();
  const playbookFile = (doc: PlaybookDoc, options: Partial<SerializeOptions> = {}) => serializeTandemFile(doc, { now: NOW, appVersion: '0.1.0', ...options });
  const mine = async () => (await on.api.getPreferences(undefined)).installationId;

  it('a playbook file made here comes back as the user’s own; one from elsewhere opens for review, named by its author or not', async () => {
    const doc = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    const owner = { kind: 'playbook', id: doc.playbook.id } as const;
    const edit = () => on.api.putStep({ playbookId: doc.playbook.id, step: { ...doc.steps[0]!, title: 'Edited' } });
    const reimport = async (options: Partial<SerializeOptions>) => {
      await on.api.deletePlaybook({ id: doc.playbook.id });
      return on.api.importPlaybookFile({ text: playbookFile(doc, options) });
    };

    // Exported from this installation, or by a version of the app that wrote no installation.
    for (const options of [{ installationId: await mine(), author: 'Me' }, {}]) {
      expect(await reimport(options)).toEqual({ kind: 'playbook', playbookId: doc.playbook.id, planId: null, name: doc.playbook.name, copied: false, updated: false, note: null });
      expect(await on.api.getOrigin({ owner })).toBeNull();
      await edit();
    }

    await reimport({ installationId: ELSEWHERE, author: 'Dana' });
    expect(await on.api.getOrigin({ owner })).toEqual({ installationId: ELSEWHERE, author: 'Dana', exportedAt: NOW });
    await expectRefused(on.db, edit, 'conflict', "This playbook is Dana's, open for review: make an editable copy to change it.");

    await reimport({ installationId: ELSEWHERE });
    expect(await on.api.getOrigin({ owner })).toEqual({ installationId: ELSEWHERE, author: '', exportedAt: NOW });
    await expectRefused(on.db, edit, 'conflict', "This playbook is someone else's, open for review: make an editable copy to change it.");
  });

  it('says how many notes were added, one or more, and nothing when there were none', async () => {
    const doc = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    const text = (notes: Note[]) => playbookFile(doc, { installationId: ELSEWHERE, author: 'Morgan', notes });
    await on.api.deletePlaybook({ id: doc.playbook.id });
    expect((await on.api.importPlaybookFile({ text: text([]) })).note).toBeNull();
    await on.api.deletePlaybook({ id: doc.playbook.id });
    expect((await on.api.importPlaybookFile({ text: text([note('n-1', { kind: 'step', id: doc.steps[0]!.id })]) })).note).toBe('1 review note added.');
    await on.api.deletePlaybook({ id: doc.playbook.id });
    const two = [note('n-1', { kind: 'step', id: doc.steps[0]!.id }), note('n-2', { kind: 'step', id: doc.steps[0]!.id }, 'n-1')];
    expect((await on.api.importPlaybookFile({ text: text(two) })).note).toBe('2 review notes added.');
  });

  it('a note on a step removed here since lands on the whole playbook, and a later reply to it follows it there', async () => {
    const doc = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    const id = doc.playbook.id;
    const owner = { kind: 'playbook', id } as const;
    const step = doc.steps.at(-1)!;
    const onStep = { kind: 'step', id: step.id } as const;
    const sentBack = (notes: Note[]) => playbookFile(doc, { installationId: ELSEWHERE, author: 'Morgan', notes });

    // The playbook went out for review; meanwhile its author removed the step the reviewer asks about.
    await on.api.deleteSteps({ playbookId: id, stepIds: [step.id] });
    const first = await on.api.importPlaybookFile({ text: sentBack([note('q', onStep)]) });
    expect(first).toEqual({
      kind: 'playbook',
      playbookId: id,
      planId: null,
      name: doc.playbook.name,
      copied: false,
      updated: false,
      note: `"${doc.playbook.name}" is already here: the file's notes were added to it (1 new).`,
    });
    expect((await on.api.listNotes({ owner })).map((n) => [n.id, n.target])).toEqual([['q', { kind: 'file', id }]]);

    // The author undoes the removal; the reviewer's answer to the same question, on the step, arrives.
    await on.api.replacePlaybook({ doc: { ...doc, playbook: (await on.api.getPlaybook({ id })).playbook } });
    await on.api.importPlaybookFile({ text: sentBack([note('q', onStep), note('a', onStep, 'q', 'The step is back, see?')]) });
    expect((await on.api.listNotes({ owner })).map((n) => [n.id, n.parentId, n.target])).toEqual([
      ['q', null, { kind: 'file', id }],
      ['a', 'q', { kind: 'file', id }],
    ]);
  });

  it('notes on a plan that arrives as a copy follow its new ids: steps, people, the plan, and replies', async () => {
    const doc = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    await on.api.publishPlaybook({ id: doc.playbook.id });
    const playbook = await on.api.getPlaybook({ id: doc.playbook.id });
    const made = await on.api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    const ana = { id: 'person-ana', name: 'Ana', title: 'CFO', roles: ['economicBuyer' as const], stance: 'mobilizer' as const, engagement: 'high' as const };
    await on.api.putPlan({ doc: { ...made, stakeholders: [ana] } });
    const plan = (await on.api.getPlan({ id: made.plan.id })).plan;

    // The same steps and people under another plan id: a copy of this plan made elsewhere.
    const twin = { ...plan, plan: { ...plan.plan, id: 'twin-plan', account: 'Globex' } };
    const step = twin.steps[1]!;
    const notes = [
      note('on-step', { kind: 'step', id: step.id }),
      note('on-ana', { kind: 'stakeholder', id: ana.id }),
      note('on-plan', { kind: 'plan', id: 'twin-plan' }),
      note('reply', { kind: 'step', id: step.id }, 'on-step'),
    ];
    const text = serializePlanFile(twin, playbook, { now: NOW, appVersion: '0.1.0', installationId: ELSEWHERE, author: 'Morgan', notes });
    const result = await on.api.importPlaybookFile({ text });
    expect(result).toMatchObject({
      kind: 'plan',
      playbookId: doc.playbook.id,
      name: 'Globex',
      copied: true,
      updated: false,
      note: "Some of this plan's ids are already used here, so it was imported as a copy. 4 review notes added.",
    });
    const copy = (await on.api.getPlan({ id: result.planId! })).plan;
    expect(copy.plan.id).not.toBe('twin-plan');
    const copiedStep = copy.steps.find((s) => s.playbookStepId === step.playbookStepId)!;
    const copiedAna = copy.stakeholders.find((p) => p.name === 'Ana')!;
    expect([copiedStep.id, copiedAna.id]).not.toContain(step.id);
    expect(copiedAna.id).not.toBe(ana.id);

    const landed = await on.api.listNotes({ owner: { kind: 'plan', id: copy.plan.id } });
    const byText = new Map(landed.map((n) => [n.text, n]));
    expect(landed).toHaveLength(4);
    // The copy's notes are its own: none keeps the file's id.
    expect(landed.map((n) => n.id).filter((id) => notes.some((n) => n.id === id))).toEqual([]);
    expect(byText.get('Note on-step')!.target).toEqual({ kind: 'step', id: copiedStep.id });
    expect(byText.get('Note on-ana')!.target).toEqual({ kind: 'stakeholder', id: copiedAna.id });
    expect(byText.get('Note on-plan')!.target).toEqual({ kind: 'plan', id: copy.plan.id });
    expect(byText.get('Note reply')).toMatchObject({ parentId: byText.get('Note on-step')!.id, target: { kind: 'step', id: copiedStep.id } });
    // The plan they were copied beside keeps none of them.
    expect(await on.api.listNotes({ owner: { kind: 'plan', id: plan.plan.id } })).toEqual([]);
  });
});
