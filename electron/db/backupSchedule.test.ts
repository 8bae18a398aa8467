import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '../../shared/api/backupOps';
import { useServiceOnDisk } from '../../test/support/serviceOnDisk';
import { backupFolder } from './backupFiles';
import { BACKUP_EVERY_MS, scheduleBackups, type BackupSchedule } from './backupSchedule';

/** The schedule's own rules; what a backup holds and how they rotate is in backup.test.ts. */
describe('the backup schedule', () => {
  const on = useServiceOnDisk();
  let schedule: BackupSchedule | undefined;
  const backups = () => (existsSync(backupFolder(on.db.name)) ? readdirSync(backupFolder(on.db.name)) : []);
  let clock = 0;
  let started = 0;
  /** Counts the backups begun: each asks the time first. */
  const now = () => {
    started++;
    return new Date(Date.UTC(2026, 11, 1, 9) + (clock += 60_000));
  };
  beforeEach(() => {
    started = 0;
  });
  afterEach(() => {
    schedule?.stop();
    schedule = undefined;
    vi.useRealTimers();
  });

  it('copies once when asked twice at once: the second waits for the first and finds nothing new', async () => {
    schedule = scheduleBackups(on.db, { now });
    await on.api.createPlaybook({ templateId: 'transactional-smb' });
    const [first, second] = await Promise.all([schedule.backUpIfChanged(), schedule.backUpIfChanged()]);
    expect(first).toMatchObject({ playbooks: 1 });
    expect(second).toBeNull();
    expect(started).toBe(1);
    expect(backups()).toHaveLength(1);
  });

  it('hands each backup to onBackup; a failing extra copy is reported and the backup kept', async () => {
    const handed: BackupInfo[] = [];
    const reported: unknown[] = [];
    const copyFailed = new Error('the second backup folder is gone');
    schedule = scheduleBackups(on.db, { now, onBackup: (info) => (handed.push(info), undefined), onError: (e) => reported.push(e) });
    await on.api.createPlaybook({ templateId: 'transactional-smb' });
    const info = await schedule.backUpIfChanged();
    expect(handed).toEqual([info]);
    expect(reported).toEqual([]);
    schedule.stop();

    schedule = scheduleBackups(on.db, {
      now,
      onBackup: () => {
        throw copyFailed;
      },
      onError: (e) => reported.push(e),
    });
    await on.api.createPlaybook({ templateId: 'blank' });
    expect(await schedule.backUpIfChanged()).toMatchObject({ playbooks: 2 });
    expect(reported).toEqual([copyFailed]);
    expect(backups()).toHaveLength(2);
  });

  it('backs up every 15 minutes while there are changes, and stops when told', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const done: BackupInfo[] = [];
    schedule = scheduleBackups(on.db, { now, onBackup: (info) => (done.push(info), undefined) });
    await on.api.createPlaybook({ templateId: 'transactional-smb' });
    vi.advanceTimersByTime(BACKUP_EVERY_MS - 1);
    expect(started).toBe(0);
    vi.advanceTimersByTime(1);
    expect(started).toBe(1);
    await vi.waitFor(() => expect(done).toHaveLength(1));
    // Nothing new: the next tick copies nothing.
    vi.advanceTimersByTime(BACKUP_EVERY_MS);
    expect(started).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
    schedule.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a backup that fails at a tick and tries again at the next', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const reported: unknown[] = [];
    const done: BackupInfo[] = [];
    // A file where the backups folder goes: the copy cannot be written.
    const folder = backupFolder(on.db.name);
    writeFileSync(folder, 'in the way');
    schedule = scheduleBackups(on.db, { now, everyMs: 1_000, onError: (e) => reported.push(e), onBackup: (info) => (done.push(info), undefined) });
    await on.api.createPlaybook({ templateId: 'transactional-smb' });
    vi.advanceTimersByTime(1_000);
    await vi.waitFor(() => expect(reported).toHaveLength(1));
    expect(done).toEqual([]);

    rmSync(folder);
    vi.advanceTimersByTime(1_000);
    await vi.waitFor(() => expect(done).toHaveLength(1));
    expect(done[0]).toMatchObject({ playbooks: 1 });
    expect(backups()).toHaveLength(1);
  });
});
