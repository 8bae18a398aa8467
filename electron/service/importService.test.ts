import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeTandemFile } from '../../shared/file/serialize';
import { LIMITS } from '../../shared/domain/limits';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { HOSTILE_EXPECTED } from '../../test/node/support/hostileExpectations';
import { bigPlaybook, envelope, samplePlaybook } from '../../test/node/support/samplePlaybook';
import { makeTempDir } from '../../test/support/tempDir';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { openDatabase, type Db } from '../db/database';
import { importLaunchFile } from '../files/launchFile';
import { createPlaybookService } from './playbookService';

const repo = process.cwd();
const hostileDir = join(repo, 'test', 'corpus', 'hostile');
const suiteDir = join(repo, 'test', 'corpus', 'jsontestsuite');

/** Every row of every table: compared before and after a refused import. */
function snapshot(db: Db) {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

describe('importing .tandem files into a real database', () => {
  let dir: string;
  let cleanup: () => void;
  let db: Db;
  let dispatch: Dispatch;

  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    db = openDatabase(join(dir, 'tandem.db'));
    dispatch = createDispatch(createPlaybookService(db));
    // Something already saved, which no refused file may touch.
    expect((await dispatch('createPlaybook', { templateId: 'b2b-saas-new-logo' })).ok).toBe(true);
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  const importText = (text: string) => dispatch('importPlaybookFile', { text });

  it('export then import gives back the same playbook, and a second import is a copy beside it', async () => {
    const list = await dispatch('listPlaybooks', undefined);
    const id = (list as { value: Array<{ id: string }> }).value[0]!.id;
    const original = ((await dispatch('getPlaybook', { id })) as { value: PlaybookDoc }).value;
    const text = serializeTandemFile(original, { now: new Date().toISOString(), appVersion: '0.1.0' });

    // Into a fresh database: the very same playbook, ids and all.
    const other = openDatabase(join(dir, 'other.db'));
    const otherDispatch = createDispatch(createPlaybookService(other));
    const imported = await otherDispatch('importPlaybookFile', { text });
    expect(imported).toEqual({ ok: true, value: { kind: 'playbook', playbookId: id, planId: null, name: original.playbook.name, copied: false, updated: false, note: null } });
    expect(((await otherDispatch('getPlaybook', { id })) as { value: PlaybookDoc }).value).toEqual(original);
    other.close();

    // Into the database that has it: a copy with new ids, never a merge.
    const copy = await importText(text);
    expect(copy.ok && (copy.value as { copied: boolean }).copied).toBe(true);
    const copyId = (copy as { value: { playbookId: string } }).value.playbookId;
    expect(copyId).not.toBe(id);
    const copied = ((await dispatch('getPlaybook', { id: copyId })) as { value: PlaybookDoc }).value;
    expect(copied.playbook.name).toBe(`${original.playbook.name} (imported)`);
    expect(copied.steps.map((s) => s.title)).toEqual(original.steps.map((s) => s.title));
    expect(copied.steps.some((s) => original.steps.some((o) => o.id === s.id))).toBe(false);
    expect(((await dispatch('getPlaybook', { id })) as { value: PlaybookDoc }).value).toEqual(original);
  });

  it('every hostile corpus file is refused in one line and leaves the database exactly as it was (or loads, if it is one that should)', async () => {
    const files = readdirSync(hostileDir).filter((f) => f.endsWith('.tandem'));
    expect(files.length).toBeGreaterThan(30);
    for (const name of files) {
      const text = new TextDecoder().decode(readFileSync(join(hostileDir, name)));
      const acceptable = HOSTILE_EXPECTED[name] === 'ok';
      const before = snapshot(db);
      const result = await importText(text);
      if (acceptable) {
        expect(result.ok, name).toBe(true);
        continue;
      }
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.error.message, name).not.toMatch(/\n|\bat .+:\d+:\d+/);
      expect(snapshot(db), name).toEqual(before);
    }
  });

  it('refuses huge counts and huge labels without touching the database', async () => {
    const tooMany = JSON.stringify(envelope(bigPlaybook({ steps: LIMITS.stepsPerPlaybook + 1 })));
    const longLabel = samplePlaybook();
    longLabel.steps[0]!.title = 'x'.repeat(LIMITS.titleLength + 1);
    for (const text of [tooMany, JSON.stringify(envelope(longLabel)), `{"format":"tandem","formatVersion":1,"kind":"playbook","x":${'['.repeat(100_000)}`]) {
      const before = snapshot(db);
      const result = await importText(text);
      expect(result.ok).toBe(false);
      expect(snapshot(db)).toEqual(before);
    }
  });

  it('runs every JSONTestSuite file through the importer: invalid JSON refused, nothing crashes or changes', async () => {
    const files = readdirSync(suiteDir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(200);
    const before = snapshot(db);
    for (const name of files) {
      const text = new TextDecoder().decode(readFileSync(join(suiteDir, name)));
      const result = await importText(text);
      if (name.startsWith('n_')) expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.message, name).not.toContain('\n');
    }
    expect(snapshot(db)).toEqual(before);
  });

  it('imports a playbook derived from a version that lives on another machine', async () => {
    const derived = samplePlaybook();
    derived.playbook.parentId = 'version-on-another-laptop';
    const result = await importText(JSON.stringify(envelope(derived)));
    expect(result.ok).toBe(true);
    const saved = ((await dispatch('getPlaybook', { id: derived.playbook.id })) as { value: PlaybookDoc }).value;
    expect(saved.playbook.parentId).toBeNull();
  });

  it('opens the file the app was started with, and explains one it cannot', () => {
    const good = join(dir, 'good.tandem');
    writeFileSync(good, JSON.stringify(envelope(samplePlaybook())));
    const opened = importLaunchFile(db, good);
    expect(opened.error).toBeNull();
    expect(createPlaybookService(db).getPlaybook({ id: opened.playbookId! })).toBeTruthy();

    mkdirSync(join(dir, 'folder.tandem'));
    expect(importLaunchFile(db, join(dir, 'folder.tandem'))).toEqual({ playbookId: null, planId: null, error: expect.stringContaining('is a folder') });
    expect(importLaunchFile(db, join(dir, 'missing.tandem'))).toEqual({ playbookId: null, planId: null, error: expect.stringContaining('no such file') });
    execFileSync('mkfifo', [join(dir, 'pipe.tandem')]);
    expect(importLaunchFile(db, join(dir, 'pipe.tandem'))).toEqual({ playbookId: null, planId: null, error: expect.stringContaining('not a regular file') });
    writeFileSync(join(dir, 'bad.tandem'), '{"format":"tandem","formatVersion":99}');
    expect(importLaunchFile(db, join(dir, 'bad.tandem')).error).toMatch(/newer version of Tandem/);
  });
});
