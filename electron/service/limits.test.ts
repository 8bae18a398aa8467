import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/limits';
import type { Lane, Link, PlaybookDoc } from '../../shared/domain/playbook';
import { serializeTandemFile } from '../../shared/file/serialize';
import { makeStep } from '../../test/support/fixtures';
import { expectRefused } from '../../test/support/refusal';
import { useServiceOnDisk } from '../../test/support/serviceOnDisk';

/**
 * The caps of shared/domain/limits.ts as the service keeps them: one more is refused with the
 * exact line and nothing saved, while an edit of something already there is still an edit. Filling
 * a playbook to a cap through the API would take minutes, so the set-up writes the rows straight
 * into the database file; the call at the cap goes through the service.
 */
describe('the service keeps a playbook within its limits', () => {
  const on = useServiceOnDisk();

  const stageOf = (doc: PlaybookDoc, lane: Lane) => doc.stages.filter((s) => s.lane === lane).sort((a, b) => a.order - b.order)[0]!;

  /** Adds steps straight to the file, in one transaction; returns their ids. */
  function fillSteps(playbookId: string, stageId: string, count: number): string[] {
    const insert = on.db.prepare('INSERT INTO steps (id, playbook_id, stage_id, title, x, y) VALUES (?, ?, ?, ?, 40, ?)');
    const ids = Array.from({ length: count }, (_, i) => `filled-step-${i}`);
    on.db.transaction(() => ids.forEach((id, i) => insert.run(id, playbookId, stageId, `Filled ${i}`, 56 + i)))();
    return ids;
  }

  it(`refuses step ${LIMITS.stepsPerPlaybook + 1} of a playbook, and still saves an edit of a step it holds`, async () => {
    const doc = await on.api.createPlaybook({ templateId: 'blank' });
    const id = doc.playbook.id;
    const buyer = stageOf(doc, 'buyer');
    fillSteps(id, buyer.id, LIMITS.stepsPerPlaybook - 1);
    // One below the limit: the last one fits.
    const last = makeStep(buyer.id, { title: 'The last that fits' });
    await on.api.putStep({ playbookId: id, step: last });

    const message = `A playbook holds at most ${LIMITS.stepsPerPlaybook} steps.`;
    await expectRefused(on.db, () => on.api.putStep({ playbookId: id, step: makeStep(buyer.id) }), 'invalid-argument', message);
    await expectRefused(on.db, () => on.api.putSteps({ playbookId: id, steps: [makeStep(stageOf(doc, 'seller').id)] }), 'invalid-argument', message);

    await on.api.putStep({ playbookId: id, step: { ...last, title: 'Renamed at the limit' } });
    const saved = await on.api.getPlaybook({ id });
    expect(saved.steps).toHaveLength(LIMITS.stepsPerPlaybook);
    expect(saved.steps.find((s) => s.id === last.id)?.title).toBe('Renamed at the limit');
  });

  it(`refuses link ${LIMITS.linksPerPlaybook + 1} of a playbook, and still saves an edit of a link it holds`, async () => {
    const doc = await on.api.createPlaybook({ templateId: 'blank' });
    const id = doc.playbook.id;
    // 201 steps in one lane give 40,200 ordered pairs: enough sequence links to reach the limit.
    const steps = fillSteps(id, stageOf(doc, 'buyer').id, 201);
    const seller = makeStep(stageOf(doc, 'seller').id);
    await on.api.putStep({ playbookId: id, step: seller });
    const insert = on.db.prepare("INSERT INTO links (id, playbook_id, kind, source_id, target_id, relation, rationale) VALUES (?, ?, 'sequence', ?, ?, NULL, '')");
    let n = 0;
    on.db.transaction(() => {
      for (const from of steps) {
        for (const to of steps) {
          if (from === to || n === LIMITS.linksPerPlaybook - 1) continue;
          insert.run(`filled-link-${n++}`, id, from, to);
        }
      }
    })();
    // One below the limit: the last one fits.
    const mirror: Link = { id: 'the-last-link', kind: 'mirror', sourceId: seller.id, targetId: steps[0]!, relation: 'supports', rationale: '' };
    await on.api.putLink({ playbookId: id, link: mirror });

    const another: Link = { ...mirror, id: 'one-too-many', targetId: steps[1]! };
    await expectRefused(on.db, () => on.api.putLink({ playbookId: id, link: another }), 'invalid-argument', `A playbook holds at most ${LIMITS.linksPerPlaybook} links.`);

    // Edits of links already there, one filled in straight and the last one added.
    const first = on.db.prepare("SELECT source_id AS sourceId, target_id AS targetId FROM links WHERE id = 'filled-link-0'").get() as Pick<Link, 'sourceId' | 'targetId'>;
    await on.api.putLink({ playbookId: id, link: { id: 'filled-link-0', kind: 'sequence', ...first, relation: null, rationale: 'Kept at the limit' } });
    await on.api.putLink({ playbookId: id, link: { ...mirror, relation: 'verifies', rationale: 'The buyer checks it' } });
    const saved = await on.api.getPlaybook({ id });
    expect(saved.links).toHaveLength(LIMITS.linksPerPlaybook);
    expect(saved.links.find((l) => l.id === 'filled-link-0')).toMatchObject({ rationale: 'Kept at the limit' });
    expect(saved.links.find((l) => l.id === mirror.id)).toMatchObject({ relation: 'verifies', rationale: 'The buyer checks it' });
  });

  it(`keeps a copy's name within ${LIMITS.nameLength} characters`, async () => {
    const long = 'N'.repeat(LIMITS.nameLength - 5);
    const doc = await on.api.createPlaybook({ templateId: 'transactional-smb', name: long });
    // "(copy)" does not fit whole: the name is cut at the limit.
    const expected = `${long} (cop`;
    expect(expected).toHaveLength(LIMITS.nameLength);

    const duplicate = await on.api.duplicatePlaybook({ id: doc.playbook.id });
    expect(duplicate.name).toBe(expected);
    expect((await on.api.getPlaybook({ id: duplicate.id })).playbook.name).toBe(expected);

    // Someone else's playbook, opened for review, made an editable copy of.
    await on.api.deletePlaybook({ id: doc.playbook.id });
    const text = serializeTandemFile(doc, { now: '2026-11-20T10:00:00.000Z', appVersion: '0.0.0', installationId: 'f'.repeat(32), author: 'Dana' });
    await on.api.importPlaybookFile({ text });
    const editable = await on.api.makeEditableCopy({ owner: { kind: 'playbook', id: doc.playbook.id } });
    expect((await on.api.getPlaybook({ id: editable.playbookId })).playbook.name).toBe(expected);
  });
});
