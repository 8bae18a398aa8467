import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api/contract';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { GEOMETRY } from '../../shared/canvas/geometry';
import { makeStep } from '../../test/support/fixtures';
import { makeTempDir } from '../../test/support/tempDir';
import { openDatabase, type Db } from '../db/database';
import { createPlaybookService } from './playbookService';

describe('playbook service on a real SQLite file', () => {
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

  const blank = async () => (await api.createPlaybook({ templateId: 'blank' })) as PlaybookDoc;
  const stageOf = (doc: PlaybookDoc, lane: 'buyer' | 'seller') => doc.stages.find((s) => s.lane === lane)!;

  it('creates from every template, and a reopened database gives back exactly the same playbooks', async () => {
    const templates = await api.listTemplates(undefined);
    expect(templates.map((t) => t.id)).toEqual(['blank', 'b2b-saas-new-logo', 'enterprise-renewal', 'transactional-smb']);
    const created: PlaybookDoc[] = [];
    for (const t of templates) created.push(await api.createPlaybook({ templateId: t.id }));
    await api.saveViewport({ playbookId: created[1]!.playbook.id, viewport: { x: -120.5, y: 33, zoom: 0.75 } });
    const before = await Promise.all(created.map((d) => api.getPlaybook({ id: d.playbook.id })));
    expect(before[1]!.viewport).toEqual({ x: -120.5, y: 33, zoom: 0.75 });
    expect(before[1]!.steps.length).toBe(templates[1]!.buyerSteps + templates[1]!.sellerSteps);

    reopen();
    const after = await Promise.all(created.map((d) => api.getPlaybook({ id: d.playbook.id })));
    expect(after).toEqual(before);
    expect((await api.listPlaybooks(undefined)).length).toBe(4);
  });

  it('saves steps, links and stage edits, and they survive a reopen', async () => {
    const doc = await blank();
    const buyer = stageOf(doc, 'buyer');
    const seller = stageOf(doc, 'seller');
    const b = makeStep(buyer.id, { title: 'Shortlist vendors', exitCriteria: [{ id: 'c1', statement: 'Shortlist sent', actor: 'buyer' }] });
    const s = makeStep(seller.id, { title: 'Send comparison guide', x: 60, y: 120 });
    await api.putStep({ playbookId: doc.playbook.id, step: b });
    await api.putStep({ playbookId: doc.playbook.id, step: s });
    await api.putLink({ playbookId: doc.playbook.id, link: { id: 'm1', kind: 'mirror', sourceId: s.id, targetId: b.id, relation: 'supports', rationale: '' } });
    await api.putStage({ playbookId: doc.playbook.id, stage: { ...buyer, name: 'Supplier selection' } });

    reopen();
    const saved = await api.getPlaybook({ id: doc.playbook.id });
    expect(saved.steps).toEqual([b, s]);
    expect(saved.links).toEqual([{ id: 'm1', kind: 'mirror', sourceId: s.id, targetId: b.id, relation: 'supports', rationale: '' }]);
    expect(stageOf(saved, 'buyer').name).toBe('Supplier selection');
  });

  it('refuses nonsense connections with a reason and saves nothing', async () => {
    const doc = await blank();
    const id = doc.playbook.id;
    const b = makeStep(stageOf(doc, 'buyer').id);
    const s = makeStep(stageOf(doc, 'seller').id);
    await api.putSteps({ playbookId: id, steps: [b, s] });
    const link = (lid: string, sourceId: string, targetId: string, kind: 'mirror' | 'sequence' = 'mirror') =>
      api.putLink({ playbookId: id, link: { id: lid, kind, sourceId, targetId, relation: kind === 'mirror' ? 'supports' : null, rationale: '' } });

    expect(() => link('x', b.id, b.id, 'sequence')).toThrow('cannot be linked to itself');
    expect(() => link('x', b.id, s.id)).toThrow(/mirror link from/);
    await link('m1', s.id, b.id);
    expect(() => link('m2', s.id, b.id)).toThrow('already mirrors');
    const b2 = makeStep(stageOf(doc, 'buyer').id);
    await api.putStep({ playbookId: id, step: b2 });
    await link('q1', b.id, b2.id, 'sequence');
    expect(() => link('q2', b.id, b2.id, 'sequence')).toThrow('already connected in sequence');
    expect((await api.getPlaybook({ id })).links.map((l) => l.id)).toEqual(['m1', 'q1']);
  });

  it('a failed transaction leaves the earlier state intact', async () => {
    const doc = await blank();
    const id = doc.playbook.id;
    const good = makeStep(stageOf(doc, 'buyer').id, { title: 'kept' });
    await api.putStep({ playbookId: id, step: good });
    const before = await api.getPlaybook({ id });

    // The second step points at a stage that does not exist: the whole batch must be refused.
    const changed = { ...good, title: 'changed' };
    const orphan = makeStep('no-such-stage');
    expect(() => api.putSteps({ playbookId: id, steps: [changed, orphan] })).toThrow('No stage');
    expect(await api.getPlaybook({ id })).toEqual(before);

    // replacePlaybook with a dangling link is refused whole too.
    const broken = { ...before, steps: [], links: [{ id: 'l', kind: 'sequence' as const, sourceId: 'a', targetId: 'b', relation: null, rationale: '' }] };
    expect(() => api.replacePlaybook({ doc: broken })).toThrow();
    reopen();
    expect(await api.getPlaybook({ id })).toEqual(before);
  });

  it('removing a stage moves its steps or deletes them, and keeps column order dense', async () => {
    const doc = await blank();
    const id = doc.playbook.id;
    const first = stageOf(doc, 'buyer');
    const second = { ...first, id: 'stage-2', name: 'Second', order: 1, exitCriteria: [] };
    await api.putStage({ playbookId: id, stage: second });
    const third = { ...first, id: 'stage-0', name: 'Zeroth', order: 0, exitCriteria: [] };
    await api.putStage({ playbookId: id, stage: third });
    let saved = await api.getPlaybook({ id });
    expect(saved.stages.filter((s) => s.lane === 'buyer').map((s) => [s.name, s.order])).toEqual([
      ['Zeroth', 0],
      [first.name, 1],
      ['Second', 2],
    ]);

    const a = makeStep(first.id, { y: 56 });
    const a2 = makeStep(first.id, { y: 60 });
    const b = makeStep('stage-2', { y: 56 });
    await api.putSteps({ playbookId: id, steps: [a, a2, b] });
    await api.deleteStage({ playbookId: id, stageId: first.id, moveStepsTo: 'stage-2' });
    saved = await api.getPlaybook({ id });
    expect(saved.steps.map((s) => s.stageId)).toEqual(['stage-2', 'stage-2', 'stage-2']);
    // The moved steps stack below the target's own, one card and one gap apart: none lands on another.
    const pitch = GEOMETRY.stepHeight + GEOMETRY.stepGapY;
    expect(saved.steps.map((s) => s.y)).toEqual([b.y + pitch, b.y + 2 * pitch, b.y]);

    await api.deleteStage({ playbookId: id, stageId: 'stage-2', moveStepsTo: null });
    saved = await api.getPlaybook({ id });
    expect(saved.steps).toEqual([]);
    expect(saved.stages.filter((s) => s.lane === 'buyer').map((s) => [s.id, s.order])).toEqual([['stage-0', 0]]);
    expect(() => api.deleteStage({ playbookId: id, stageId: 'stage-0', moveStepsTo: null })).toThrow('at least one stage');
  });

  it('renames, duplicates (with new ids) and deletes playbooks', async () => {
    const doc = await api.createPlaybook({ templateId: 'transactional-smb' });
    await api.renamePlaybook({ id: doc.playbook.id, name: 'SMB inbound' });
    const copy = await api.duplicatePlaybook({ id: doc.playbook.id });
    expect(copy.name).toBe('SMB inbound (copy)');
    const copied = await api.getPlaybook({ id: copy.id });
    expect(copied.steps.map((s) => s.title)).toEqual(doc.steps.map((s) => s.title));
    expect(copied.steps.some((s) => doc.steps.some((o) => o.id === s.id))).toBe(false);
    expect(copied.links.length).toBe(doc.links.length);

    await api.deletePlaybook({ id: doc.playbook.id });
    reopen();
    expect((await api.listPlaybooks(undefined)).map((p) => p.name)).toEqual(['SMB inbound (copy)']);
    expect(db.prepare('SELECT COUNT(*) AS n FROM steps WHERE playbook_id = ?').get(doc.playbook.id)).toEqual({ n: 0 });
  });

  it('keeps a step in its lane: moving it to the other lane is refused and changes nothing', async () => {
    const doc = await blank();
    const id = doc.playbook.id;
    const step = makeStep(stageOf(doc, 'buyer').id);
    await api.putStep({ playbookId: id, step });
    expect(() => api.putStep({ playbookId: id, step: { ...step, stageId: stageOf(doc, 'seller').id } })).toThrow('stays in its lane');
    expect((await api.getPlaybook({ id })).steps).toEqual([step]);
  });

  it('saves the assumptions as one ordered list, and refuses a list with a repeated id', async () => {
    const doc = await blank();
    const id = doc.playbook.id;
    const a = { id: 'a1', statement: 'Buyers shortlist before talking to sales', source: 'Win/loss 2026', confidence: 'high' as const, lastValidatedAt: '2026-03-01', revalidateEveryDays: 180 };
    const b = { ...a, id: 'a2', statement: 'Security review takes three weeks', lastValidatedAt: null };
    await api.putAssumptions({ playbookId: id, assumptions: [b, a] });
    reopen();
    expect((await api.getPlaybook({ id })).assumptions).toEqual([b, a]);
    expect(() => api.putAssumptions({ playbookId: id, assumptions: [a, a] })).toThrow('its own id');
    expect((await api.getPlaybook({ id })).assumptions).toEqual([b, a]);
  });

  it('replaces a whole playbook in one go (what undo uses)', async () => {
    const doc = await api.createPlaybook({ templateId: 'b2b-saas-new-logo' });
    const id = doc.playbook.id;
    const original = await api.getPlaybook({ id });
    await api.deleteSteps({ playbookId: id, stepIds: [original.steps[0]!.id] });
    expect((await api.getPlaybook({ id })).steps.length).toBe(original.steps.length - 1);
    await api.replacePlaybook({ doc: original });
    const restored = await api.getPlaybook({ id });
    expect({ ...restored, playbook: { ...restored.playbook, updatedAt: '' } }).toEqual({ ...original, playbook: { ...original.playbook, updatedAt: '' } });
  });
});
