import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api/contract';
import type { ExitCriterion, Step } from '../../shared/domain/playbook';
import { makeStep } from '../../test/support/fixtures';
import { makeTempDir } from '../../test/support/tempDir';
import { openDatabase, type Db } from '../db/database';
import { createPlaybookService } from './playbookService';

// A step save checks the playbook, the stage and the stored step in one statement and rewrites the
// exit criteria only when they changed: these hold that every kind of edit still saves exactly what
// was sent, and every refusal still changes nothing.
describe('saving a step', () => {
  let dir: string;
  let cleanup: () => void;
  let db: Db;
  let api: ApiHandlers;
  let clock = 0;
  const now = () => `2026-12-01T10:00:${String(clock++).padStart(2, '0')}.000Z`;
  const file = () => join(dir, 'tandem.db');
  const reopen = () => {
    db.close();
    db = openDatabase(file());
    api = createPlaybookService(db, { now });
  };

  beforeEach(() => {
    clock = 0;
    ({ dir, cleanup } = makeTempDir());
    db = openDatabase(file());
    api = createPlaybookService(db, { now });
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  const criteria: ExitCriterion[] = [
    { id: 'c1', statement: 'Shortlist sent', actor: 'buyer' },
    { id: 'c2', statement: 'Budget owner named', actor: 'seller' },
  ];
  /** A draft with two buyer stages, and one buyer step with criteria saved in the first. */
  const draftWithStep = async () => {
    const doc = await api.createPlaybook({ templateId: 'transactional-smb' });
    const [first, second] = doc.stages.filter((s) => s.lane === 'buyer');
    const step = makeStep(first!.id, { title: 'Shortlist vendors', exitCriteria: criteria });
    await api.putStep({ playbookId: doc.playbook.id, step });
    return { id: doc.playbook.id, doc, step, first: first!, second: second! };
  };
  const stored = async (id: string, stepId: string) => (await api.getPlaybook({ id })).steps.find((s) => s.id === stepId);
  const criteriaRows = (stepId: string) => db.prepare('SELECT rowid, id, position FROM exit_criteria WHERE step_id = ? ORDER BY position').all(stepId);
  const updatedAt = async (id: string) => (await api.getPlaybook({ id })).playbook.updatedAt;
  const everything = () =>
    ['playbooks', 'stages', 'steps', 'exit_criteria', 'links'].map((t) => db.prepare(`SELECT rowid, * FROM ${t} ORDER BY rowid`).all());

  it('an edit that leaves the criteria as they were writes none of them, and saves the rest', async () => {
    const { id, step } = await draftWithStep();
    const rows = criteriaRows(step.id);
    // Counts every write to the criteria table from here on (a temporary trigger, gone on reopen).
    db.exec(`CREATE TEMP TABLE criteria_writes (n INTEGER);
      CREATE TEMP TRIGGER criteria_deleted AFTER DELETE ON main.exit_criteria BEGIN INSERT INTO criteria_writes VALUES (1); END;
      CREATE TEMP TRIGGER criteria_inserted AFTER INSERT ON main.exit_criteria BEGIN INSERT INTO criteria_writes VALUES (1); END;`);
    const writes = () => (db.prepare('SELECT COUNT(*) AS n FROM criteria_writes').get() as { n: number }).n;
    const edited: Step = { ...step, title: 'Shortlist three vendors', description: 'From the longlist', x: 80, y: 200, required: false, expectedDays: 4 };
    await api.putStep({ playbookId: id, step: edited });
    await api.putSteps({ playbookId: id, steps: [{ ...edited, y: 260 }] });
    expect(writes()).toBe(0);
    expect(criteriaRows(step.id)).toEqual(rows);
    await api.putStep({ playbookId: id, step: { ...edited, y: 260, exitCriteria: [criteria[0]!] } });
    expect(writes()).toBeGreaterThan(0);
    await api.putStep({ playbookId: id, step: edited });
    reopen();
    expect(await stored(id, step.id)).toEqual(edited);
  });

  it('changed criteria are saved as sent: reworded, reordered, added, removed, and none', async () => {
    const { id, step } = await draftWithStep();
    const versions: ExitCriterion[][] = [
      [{ ...criteria[0]!, statement: 'Shortlist of three sent' }, criteria[1]!],
      [criteria[1]!, criteria[0]!],
      [{ ...criteria[0]!, actor: 'seller' }, criteria[1]!],
      [...criteria, { id: 'c3', statement: 'Decision date agreed', actor: 'buyer' }],
      [criteria[1]!],
      [],
      criteria,
    ];
    for (const exitCriteria of versions) {
      await api.putStep({ playbookId: id, step: { ...step, exitCriteria } });
      reopen();
      expect((await stored(id, step.id))!.exitCriteria).toEqual(exitCriteria);
    }
  });

  it('criteria whose text JSON can spell in more than one way round-trip, changed or not', async () => {
    const { id, step } = await draftWithStep();
    const odd: ExitCriterion[] = [
      { id: 'o1', statement: 'Line one\nline two\ttabbed "quoted" \\ back\u0001slash', actor: 'buyer' },
      { id: 'o2', statement: 'Größe – 検証 ✓ 🤝 \u2028 </script>', actor: 'seller' },
    ];
    await api.putStep({ playbookId: id, step: { ...step, exitCriteria: odd } });
    await api.putStep({ playbookId: id, step: { ...step, title: 'Unchanged criteria', exitCriteria: odd } });
    reopen();
    expect(await stored(id, step.id)).toEqual({ ...step, title: 'Unchanged criteria', exitCriteria: odd });
  });

  it('a step moved to another stage of its lane is found in that stage, by putStep and by putSteps', async () => {
    const { id, step, first, second } = await draftWithStep();
    const stageSteps = (stageId: string) => (db.prepare('SELECT id FROM steps WHERE stage_id = ?').all(stageId) as Array<{ id: string }>).map((r) => r.id);
    await api.putStep({ playbookId: id, step: { ...step, stageId: second.id, x: 10 } });
    expect(stageSteps(second.id)).toContain(step.id);
    expect(stageSteps(first.id)).not.toContain(step.id);
    await api.putSteps({ playbookId: id, steps: [{ ...step, stageId: first.id }] });
    expect(stageSteps(first.id)).toContain(step.id);
    expect(stageSteps(second.id)).not.toContain(step.id);
    reopen();
    expect(await stored(id, step.id)).toEqual(step);
  });

  it('every save touches the playbook’s modified date; new steps and batches too', async () => {
    const { id, step, first } = await draftWithStep();
    let before = await updatedAt(id);
    await api.putStep({ playbookId: id, step: { ...step, title: 'Renamed' } });
    expect(await updatedAt(id)).not.toBe(before);
    before = await updatedAt(id);
    await api.putStep({ playbookId: id, step: makeStep(first.id) });
    expect(await updatedAt(id)).not.toBe(before);
    before = await updatedAt(id);
    await api.putSteps({ playbookId: id, steps: [{ ...step, y: 300 }] });
    expect(await updatedAt(id)).not.toBe(before);
  });

  it('refusals give their one line and change nothing, the modified date included', async () => {
    const { id, doc, step } = await draftWithStep();
    const other = await api.createPlaybook({ templateId: 'blank' });
    const otherStep = makeStep(other.stages.find((s) => s.lane === 'buyer')!.id);
    await api.putStep({ playbookId: other.playbook.id, step: otherStep });
    const seller = doc.stages.find((s) => s.lane === 'seller')!;
    const before = everything();
    expect(() => api.putStep({ playbookId: id, step: { ...step, stageId: 'no-such-stage' } })).toThrow(/^No stage "no-such-stage" in this playbook\.$/);
    expect(() => api.putStep({ playbookId: id, step: { ...step, stageId: other.stages[0]!.id } })).toThrow(/^No stage ".*" in this playbook\.$/);
    expect(() => api.putStep({ playbookId: id, step: { ...step, stageId: seller.id } })).toThrow(/stays in its lane/);
    expect(() => api.putStep({ playbookId: id, step: { ...otherStep, stageId: step.stageId } })).toThrow(/belongs to another playbook/);
    expect(() => api.putStep({ playbookId: 'no-such-playbook', step })).toThrow(/^No stage ".*" in this playbook\.$/);
    expect(() => api.putSteps({ playbookId: id, steps: [{ ...step, title: 'Kept?' }, { ...step, stageId: seller.id }] })).toThrow(/stays in its lane/);
    expect(everything()).toEqual(before);

    await api.publishPlaybook({ id });
    const published = everything();
    expect(() => api.putStep({ playbookId: id, step: { ...step, title: 'Changed' } })).toThrow(/^Version 1 of ".*" is published and read-only; start a new version to change it\.$/);
    expect(() => api.putSteps({ playbookId: id, steps: [{ ...step, title: 'Changed' }] })).toThrow(/is published and read-only/);
    expect(everything()).toEqual(published);
  });
});
