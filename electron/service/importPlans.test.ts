import { describe, expect, it } from 'vitest';
import { serializePlanFile, serializeTandemFile } from '../../shared/file/serialize';
import { makeStep } from '../../test/support/fixtures';
import { useServiceOnDisk } from '../../test/support/serviceOnDisk';

const NOW = '2026-11-21T08:00:00.000Z';
const options = { now: NOW, appVersion: '0.1.0' };

/** A plan file carries the playbook version it is pinned to; what arrives depends on what is here. */
describe('importing a plan file', () => {
  const on = useServiceOnDisk();

  const publishedWithPlan = async (account = 'Acme Corp') => {
    const doc = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    await on.api.publishPlaybook({ id: doc.playbook.id });
    const made = await on.api.createPlan({ playbookId: doc.playbook.id, account });
    return on.api.getPlan({ id: made.plan.id });
  };

  it('keeps the version a plan is pinned to as it was: a retired one arrives retired', async () => {
    const { plan, playbook } = await publishedWithPlan();
    await on.api.retirePlaybook({ id: playbook.playbook.id });
    const retired = await on.api.getPlaybook({ id: playbook.playbook.id });
    const text = serializePlanFile(plan, retired, options);
    await on.api.deletePlan({ id: plan.plan.id });
    await on.api.deletePlaybook({ id: playbook.playbook.id });

    const result = await on.api.importPlaybookFile({ text });
    expect(result).toEqual({ kind: 'plan', playbookId: playbook.playbook.id, planId: plan.plan.id, name: 'Acme Corp', copied: false, updated: false, note: null });
    expect((await on.api.getPlaybook({ id: playbook.playbook.id })).playbook.status).toBe('retired');
  });

  it('updates the plan here from a newer file, and says so; it is not a copy', async () => {
    const { plan, playbook } = await publishedWithPlan();
    const newer = { ...plan, plan: { ...plan.plan, outcome: 'won' as const, updatedAt: '2027-01-01T00:00:00.000Z' } };
    const result = await on.api.importPlaybookFile({ text: serializePlanFile(newer, playbook, options) });
    expect(result).toEqual({
      kind: 'plan',
      playbookId: playbook.playbook.id,
      planId: plan.plan.id,
      name: 'Acme Corp',
      copied: false,
      updated: true,
      note: "Updated your copy of the plan for Acme Corp from the file (the file's is newer).",
    });
    expect((await on.api.getPlan({ id: plan.plan.id })).plan.plan.outcome).toBe('won');
  });

  it('pins the plan to a copy of its version when the playbook here under that id no longer fits it', async () => {
    // Sent out as a draft; then a step was added, the version published, and a plan made from it.
    const draft = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    const id = draft.playbook.id;
    const sentEarlier = serializeTandemFile(draft, options);
    const added = makeStep(draft.stages[0]!.id, { title: 'Added after the draft was sent' });
    await on.api.putStep({ playbookId: id, step: added });
    await on.api.publishPlaybook({ id });
    const made = await on.api.createPlan({ playbookId: id, account: 'Acme Corp' });
    const { plan, playbook } = await on.api.getPlan({ id: made.plan.id });
    expect(plan.steps.some((s) => s.playbookStepId === added.id)).toBe(true);
    const planFile = serializePlanFile(plan, playbook, options);
    await on.api.deletePlan({ id: plan.plan.id });
    await on.api.deletePlaybook({ id });

    // Here is the draft as it was sent, without that step: the plan cannot be pinned to it.
    await on.api.importPlaybookFile({ text: sentEarlier });
    const result = await on.api.importPlaybookFile({ text: planFile });
    expect(result).toMatchObject({ kind: 'plan', planId: plan.plan.id, name: 'Acme Corp', copied: false, updated: false });
    expect(result.playbookId).not.toBe(id);
    const pinned = await on.api.getPlan({ id: plan.plan.id });
    expect(pinned.plan.plan.playbookId).toBe(result.playbookId);
    expect(pinned.playbook.playbook).toMatchObject({ id: result.playbookId, name: `${draft.playbook.name} (imported)`, status: 'published' });
    const copiedAdded = pinned.playbook.steps.find((s) => s.title === added.title)!;
    expect(pinned.plan.steps.some((s) => s.playbookStepId === copiedAdded.id)).toBe(true);
    // The draft here is left as it was.
    expect(await on.api.getPlaybook({ id })).toEqual(draft);
  });
});
