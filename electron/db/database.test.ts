import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDir';
import { samplePlaybook } from '../../test/node/support/samplePlaybook';
import { createPlaybookService } from '../service/playbookService';
import { openDatabase } from './database';
import { MIGRATIONS } from './migrations';
import { insertPlaybookDoc, readPlaybookDoc } from './playbookDocument';

describe('openDatabase', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('creates the schema once, records every migration and sets the pragmas', () => {
    const file = join(dir, 'tandem.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const applied = db.prepare('SELECT id, name FROM migrations ORDER BY id').all();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ id: m.id, name: m.name })));
    db.close();

    const again = openDatabase(file);
    expect(again.prepare('SELECT COUNT(*) AS n FROM migrations').get()).toEqual({ n: MIGRATIONS.length });
    again.close();
  });

  it('refuses a database stamped by a newer version and leaves the file untouched', () => {
    const file = join(dir, 'tandem.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO migrations (id, name, applied_at) VALUES (?, 'from-the-future', '2030-01-01')").run(MIGRATIONS.length + 1);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = readFileSync(file);

    expect(() => openDatabase(file)).toThrow(/newer version of Tandem/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database whose migration history does not match', () => {
    const file = join(dir, 'tandem.db');
    const db = openDatabase(file);
    db.prepare("UPDATE migrations SET name = 'something-else' WHERE id = 1").run();
    db.close();
    expect(() => openDatabase(file)).toThrow(/history does not match/);
  });

  it('applies a new migration on top of an existing database, keeping its data', () => {
    const file = join(dir, 'tandem.db');
    openDatabase(file).close();
    const next = [...MIGRATIONS, { id: MIGRATIONS.length + 1, name: 'extra', sql: 'CREATE TABLE extra (id TEXT)' }];
    const db = openDatabase(file, { migrations: next });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ name: 'extra' });
    db.close();
  });

  it('leaves no trace of a migration that fails part-way', () => {
    const file = join(dir, 'tandem.db');
    openDatabase(file).close();
    const broken = [...MIGRATIONS, { id: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE half (id TEXT); SELECT nonsense FROM nowhere;' }];
    expect(() => openDatabase(file, { migrations: broken })).toThrow();
    const db = openDatabase(file);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    expect(db.prepare('SELECT MAX(id) AS id FROM migrations').get()).toEqual({ id: MIGRATIONS.length });
    db.close();
  });

  it('brings a database from before deal plans up to date with its playbooks intact, and plans work on it', async () => {
    const file = join(dir, 'tandem.db');
    const beforePlans = MIGRATIONS.filter((m) => m.name !== 'deal-plans');
    expect(beforePlans.length).toBe(MIGRATIONS.length - 1);
    const old = openDatabase(file, { migrations: beforePlans });
    const doc = samplePlaybook();
    old.transaction(() => insertPlaybookDoc(old, doc))();
    expect(old.prepare("SELECT name FROM sqlite_master WHERE name = 'plans'").get()).toBeUndefined();
    old.close();

    const db = openDatabase(file);
    expect(readPlaybookDoc(db, doc.playbook.id)).toEqual(doc);
    for (const table of ['plans', 'plan_steps', 'stakeholders', 'deviations']) {
      expect(db.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(table)).toEqual({ name: table });
    }
    const api = createPlaybookService(db);
    await api.publishPlaybook({ id: doc.playbook.id });
    const plan = await api.createPlan({ playbookId: doc.playbook.id, account: 'Acme Corp' });
    expect(plan.steps).toHaveLength(doc.steps.length);
    db.close();
  });
});
