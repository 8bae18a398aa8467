import Database from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api/contract';
import { overwriteMiddle } from '../../test/support/damageFile';
import { makeTempDir } from '../../test/support/tempDir';
import { createPlaybookService } from '../service/playbookService';
import { writeBackup } from './backup';
import { backupFolder, backupName } from './backupFiles';
import { scheduleBackups } from './backupSchedule';
import { findDamage } from './recovery';
import { openDatabase, type Db } from './database';

describe('backups of the database on real files', () => {
  let dir: string;
  let cleanup: () => void;
  let db: Db;
  let api: ApiHandlers;
  const names = () => readdirSync(backupFolder(db.name)).sort();

  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
    db = openDatabase(join(dir, 'tandem.db'));
    api = createPlaybookService(db);
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  it('writes a checked, self-contained copy into backups/ with what it holds', async () => {
    const playbook = await api.createPlaybook({ templateId: 'transactional-smb', name: 'Kept' });
    await api.publishPlaybook({ id: playbook.playbook.id });
    await api.createPlan({ playbookId: playbook.playbook.id, account: 'Acme' });

    const info = await writeBackup(db, 'auto', new Date('2026-12-01T09:30:00.000Z'));
    expect(info).toMatchObject({ name: 'auto-2026-12-01T09-30-00-000Z.db', playbooks: 1, plans: 1, problem: null });
    // Only the finished file: no partial copy, no WAL beside it, so it opens read-only on its own.
    expect(names()).toEqual(['auto-2026-12-01T09-30-00-000Z.db']);
    const copy = new Database(join(backupFolder(db.name), info.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM playbooks').pluck().all()).toEqual(['Kept']);
    copy.close();
  });

  it('discards a copy that fails its check, leaving no file that could be restored', async () => {
    await api.createPlaybook({ templateId: 'transactional-smb' });
    await expect(writeBackup(db, 'auto', new Date(), { beforeCheck: overwriteMiddle })).rejects.toThrow(/The backup was discarded/);
    expect(names()).toEqual([]);
  });

  it('lists backups newest first with date and counts, and a damaged one with its reason', async () => {
    await api.createPlaybook({ templateId: 'transactional-smb' });
    await writeBackup(db, 'auto', new Date('2026-12-01T09:00:00.000Z'));
    await api.createPlaybook({ templateId: 'transactional-smb' });
    const damaged = await writeBackup(db, 'auto', new Date('2026-12-01T10:00:00.000Z'));
    overwriteMiddle(join(backupFolder(db.name), damaged.name));
    writeFileSync(join(backupFolder(db.name), 'notes.txt'), 'not a backup');

    const listed = await api.listBackups(undefined);
    expect(listed.map((b) => [b.createdAt, b.playbooks, b.problem === null])).toEqual([
      ['2026-12-01T10:00:00.000Z', null, false],
      ['2026-12-01T09:00:00.000Z', 1, true],
    ]);
    expect(listed[0]!.problem).toMatch(/check|cannot be read/);
  });

  it('restores a backup in place, keeping the current data aside so the restore can be undone', async () => {
    const kept = await api.createPlaybook({ templateId: 'transactional-smb', name: 'Before' });
    const backup = await writeBackup(db, 'auto', new Date('2026-12-01T09:00:00.000Z'));
    const later = await api.createPlaybook({ templateId: 'transactional-smb', name: 'After' });
    await api.publishPlaybook({ id: later.playbook.id });
    await api.createPlan({ playbookId: later.playbook.id, account: 'Acme' });
    // A second connection, as the import worker holds: it must see the restore without reopening.
    const worker = new Database(db.name, { readonly: true });
    const names = () => (worker.prepare('SELECT name FROM playbooks ORDER BY name').pluck().all() as string[]).join(',');

    const { restored, keptAside } = await api.restoreBackup({ name: backup.name });
    expect(restored.name).toBe(backup.name);
    expect((await api.listPlaybooks(undefined)).map((p) => p.name)).toEqual(['Before']);
    expect(await api.listPlans(undefined)).toEqual([]);
    expect(names()).toBe('Before');
    expect(keptAside).toMatchObject({ kind: 'before-restore', playbooks: 2, plans: 1 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);

    // The app keeps working on the restored data.
    await api.renamePlaybook({ id: kept.playbook.id, name: 'Before, edited' });

    await api.restoreBackup({ name: keptAside.name });
    expect((await api.listPlaybooks(undefined)).map((p) => p.name).sort()).toEqual(['After', 'Before']);
    expect((await api.listPlans(undefined)).map((p) => p.account)).toEqual(['Acme']);
    expect(names()).toBe('After,Before');
    worker.close();
  });

  it('a restored backup from before databases carried an identity is not taken for damage at the next start', async () => {
    await api.createPlaybook({ templateId: 'transactional-smb', name: 'Old' });
    const backup = await writeBackup(db, 'auto', new Date('2026-12-01T09:00:00.000Z'));
    const old = new Database(join(backupFolder(db.name), backup.name));
    old.pragma('user_version = 0');
    old.close();
    await api.restoreBackup({ name: backup.name });
    expect(findDamage(db.name)).toBeNull();
  });

  it('refuses to restore a damaged backup or a name outside backups/, and changes nothing', async () => {
    await api.createPlaybook({ templateId: 'transactional-smb', name: 'Current' });
    const backup = await writeBackup(db, 'auto', new Date('2026-12-01T09:00:00.000Z'));
    overwriteMiddle(join(backupFolder(db.name), backup.name));
    await expect(api.restoreBackup({ name: backup.name })).rejects.toThrow(/cannot be restored/);
    await expect(api.restoreBackup({ name: 'auto-2026-12-01T08-00-00-000Z.db' })).rejects.toThrow(/No backup named/);
    expect((await api.listPlaybooks(undefined)).map((p) => p.name)).toEqual(['Current']);
    expect(names()).toEqual([backup.name]);
  });
});

describe('the backup schedule', () => {
  it('backs up only when something changed, whichever connection wrote, and rotates as it goes', async () => {
    const { dir, cleanup } = makeTempDir();
    const db = openDatabase(join(dir, 'tandem.db'));
    const api = createPlaybookService(db);
    // Local times: "today" is the machine's day, whatever its time zone.
    let clock = new Date(2026, 11, 1, 8).getTime();
    const schedule = scheduleBackups(db, { now: () => new Date((clock += 3_600_000)) });
    try {
      expect(await schedule.backUpIfChanged()).toBeNull();
      await api.createPlaybook({ templateId: 'transactional-smb' });
      expect(await schedule.backUpIfChanged()).toMatchObject({ playbooks: 1 });
      expect(await schedule.backUpIfChanged()).toBeNull();

      // Another connection's commit (the import worker's) counts as a change too.
      const other = openDatabase(db.name);
      createPlaybookService(other).createPlaybook({ templateId: 'transactional-smb' });
      other.close();
      expect(await schedule.backUpIfChanged()).toMatchObject({ playbooks: 2 });

      // Hourly from 11:00 on the 1st to 10:00 on the 3rd: 3 from today, the last of each earlier day.
      for (let i = 0; i < 48; i++) {
        await api.createPlaybook({ templateId: 'transactional-smb' });
        await schedule.backUpIfChanged();
      }
      const expected = [new Date(2026, 11, 1, 23), new Date(2026, 11, 2, 23), new Date(2026, 11, 3, 8), new Date(2026, 11, 3, 9), new Date(2026, 11, 3, 10)];
      expect(readdirSync(backupFolder(db.name)).sort()).toEqual(expected.map((at) => backupName('auto', at)).sort());
    } finally {
      schedule.stop();
      db.close();
      cleanup();
    }
  });
});
