import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/limits';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { serializePlanFile, serializeTandemFile } from '../../shared/file/serialize';
import { useServiceOnDisk } from '../../test/support/serviceOnDisk';

const NOW = '2026-11-20T10:00:00.000Z';
const fileOf = (doc: PlaybookDoc) => serializeTandemFile(doc, { now: NOW, appVersion: '0.0.0' });

/** The same playbook with every id renamed except those `keep` picks: ids are random, so a text replace is exact. */
function renameIdsExcept(doc: PlaybookDoc, keep: (doc: PlaybookDoc) => string[]): PlaybookDoc {
  const kept = new Set(keep(doc));
  const all = [
    doc.playbook.id,
    ...doc.stages.flatMap((s) => [s.id, ...s.exitCriteria.map((c) => c.id)]),
    ...doc.steps.flatMap((s) => [s.id, ...s.exitCriteria.map((c) => c.id)]),
    ...doc.links.map((l) => l.id),
    ...doc.assumptions.map((a) => a.id),
  ];
  let text = JSON.stringify(doc);
  for (const id of all) if (!kept.has(id)) text = text.replaceAll(`"${id}"`, `"other-${id}"`);
  return JSON.parse(text) as PlaybookDoc;
}

/** What arrives when it is already here, in part or whole: a copy beside it, and the user told so. */
describe('importing what is already here', () => {
  const on = useServiceOnDisk();

  it('imports a playbook that is here as a copy, says so, and keeps a long name within the limit', async () => {
    const doc = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    const long = 'N'.repeat(LIMITS.nameLength);
    await on.api.renamePlaybook({ id: doc.playbook.id, name: long });
    const again = await on.api.importPlaybookFile({ text: fileOf(await on.api.getPlaybook({ id: doc.playbook.id })) });
    expect(again).toMatchObject({ kind: 'playbook', copied: true, updated: false, note: `"${long}" is already here, so the file was imported as a copy.` });
    const copy = await on.api.getPlaybook({ id: again.playbookId });
    expect(copy.playbook.name).toBe(`${long} (imported)`.slice(0, LIMITS.nameLength));
    expect(again.name).toBe(copy.playbook.name);
  });

  it.each([
    ['its stages', (d: PlaybookDoc) => d.stages.map((s) => s.id)],
    ['its steps', (d: PlaybookDoc) => d.steps.map((s) => s.id)],
  ])('imports a playbook as a copy when only %s have ids already used here', async (_what, keep) => {
    const doc = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    const other = renameIdsExcept(doc, keep);
    expect(other.playbook.id).not.toBe(doc.playbook.id);
    const result = await on.api.importPlaybookFile({ text: fileOf(other) });
    expect(result).toMatchObject({ kind: 'playbook', copied: true, note: `"${doc.playbook.name}" is already here, so the file was imported as a copy.` });
    const copy = await on.api.getPlaybook({ id: result.playbookId });
    const ids = new Set(keep(copy));
    expect(keep(doc).filter((id) => ids.has(id))).toEqual([]);
    expect(await on.api.getPlaybook({ id: doc.playbook.id })).toEqual(doc);
  });

  it('keeps the link to the version a playbook came from when that version is here', async () => {
    const v1 = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    await on.api.publishPlaybook({ id: v1.playbook.id });
    const v2 = await on.api.startPlaybookVersion({ id: v1.playbook.id });
    const text = fileOf(await on.api.getPlaybook({ id: v2.id }));
    await on.api.deletePlaybook({ id: v2.id });
    const result = await on.api.importPlaybookFile({ text });
    expect(result).toMatchObject({ playbookId: v2.id, copied: false, note: null });
    expect((await on.api.getPlaybook({ id: v2.id })).playbook.parentId).toBe(v1.playbook.id);
  });

  it('imports a plan whose ids another plan here already uses as a copy with new ids', async () => {
    const doc = await on.api.createPlaybook({ templateId: 'transactional-smb' });
    await on.api.publishPlaybook({ id: doc.playbook.id });
    const playbook = await on.api.getPlaybook({ id: doc.playbook.id });
    const plan = await on.api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    // The same steps under another plan id: not this plan again, but its ids are taken.
    const twin = { ...plan, plan: { ...plan.plan, id: 'another-plan', account: 'Globex' } };
    const result = await on.api.importPlaybookFile({ text: serializePlanFile(twin, playbook, { now: NOW, appVersion: '0.0.0' }) });
    expect(result).toMatchObject({ kind: 'plan', playbookId: doc.playbook.id, name: 'Globex', copied: true, updated: false, note: "Some of this plan's ids are already used here, so it was imported as a copy." });
    expect(result.planId).not.toBe('another-plan');
    const imported = await on.api.getPlan({ id: result.planId! });
    expect(imported.plan.steps.map((s) => s.playbookStepId)).toEqual(plan.steps.map((s) => s.playbookStepId));
    expect(imported.plan.steps.some((s) => plan.steps.some((o) => o.id === s.id))).toBe(false);
    expect((await on.api.getPlan({ id: plan.plan.id })).plan).toEqual(plan);
  });
});
