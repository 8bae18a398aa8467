import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePlaybook } from '../../test/node/support/samplePlaybook';
import { makeTempDir } from '../../test/support/tempDir';
import { createPlaybookService } from '../service/playbookService';
import { openDatabase, type Db } from './database';
import { insertPlaybookDoc } from './playbookDocument';

// The schema is the last guard on what a row may say: a write that bypasses the service (a bug,
// an older build, a hand-edited database) must still not store a lane or status the app cannot read.
describe('the migrated schema', () => {
  let dir: string;
  let cleanup: () => void;
  let db: Db;

  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    db = openDatabase(join(dir, 'tandem.db'));
    const doc = samplePlaybook();
    doc.stages[0]!.exitCriteria = [{ id: 'c-1', statement: 'Budget confirmed', actor: 'buyer' }];
    doc.assumptions = [{ id: 'a-1', statement: 'Buyers compare three vendors', source: '', confidence: 'medium', lastValidatedAt: null, revalidateEveryDays: 90 }];
    db.transaction(() => insertPlaybookDoc(db, doc))();
    const api = createPlaybookService(db);
    await api.publishPlaybook({ id: doc.playbook.id });
    await api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  // [table, column, a value the domain uses, a value it does not]
  const vocabularies: Array<[string, string, string, string]> = [
    ['playbooks', 'status', 'retired', 'archived'],
    ['stages', 'lane', 'seller', 'partner'],
    ['exit_criteria', 'actor', 'seller', 'partner'],
    ['links', 'kind', 'sequence', 'dependency'],
    ['links', 'relation', 'verifies', 'contradicts'],
    ['assumptions', 'confidence', 'high', 'certain'],
    ['plans', 'outcome', 'won', 'maybe'],
    ['plan_steps', 'lane', 'seller', 'partner'],
    ['plan_steps', 'status', 'done', 'blocked'],
  ];

  it.each(vocabularies)('%s.%s accepts only the values the app knows', (table, column, known, unknown) => {
    const first = db.prepare(`SELECT rowid FROM ${table} ORDER BY rowid LIMIT 1`).get() as { rowid: number } | undefined;
    expect(first, `a ${table} row to change`).toBeDefined();
    const set = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE rowid = ?`);
    // A known value is written, so the refusal below is the constraint and not a missing row.
    expect(set.run(known, first!.rowid).changes).toBe(1);
    expect(() => set.run(unknown, first!.rowid)).toThrow(/CHECK constraint failed/);
    expect(db.prepare(`SELECT ${column} AS value FROM ${table} WHERE rowid = ?`).get(first!.rowid)).toEqual({ value: known });
  });

  it('refuses a new stage or plan step in a lane that is not buyer or seller', () => {
    const stage = db.prepare('SELECT playbook_id FROM stages LIMIT 1').get() as { playbook_id: string };
    expect(() =>
      db
        .prepare("INSERT INTO stages (id, playbook_id, lane, name, position, width) VALUES ('sp-1', ?, 'partner', 'Partner', 0, 280)")
        .run(stage.playbook_id),
    ).toThrow(/CHECK constraint failed: lane IN/);
    expect(db.prepare("SELECT COUNT(*) AS n FROM stages WHERE lane NOT IN ('buyer', 'seller')").get()).toEqual({ n: 0 });
  });
});
