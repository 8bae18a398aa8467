import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api/contract';
import { overwriteMiddle } from '../../test/support/damageFile';
import { makeTempDir } from '../../test/support/tempDir';
import { createPlaybookService } from '../service/playbookService';
import { openDataFolder, type DataFolder } from '../service/recoverableService';
import { writeBackup } from './backup';
import { openDatabase } from './database';

describe('a damaged database, found on open', () => {
  let dir: string;
  let cleanup: () => void;
  const dbFile = () => join(dir, 'tandem.db');
  const open = (): DataFolder => openDataFolder({ dbFile: dbFile(), onOpen: (db) => createPlaybookService(db) });
  const damagedFiles = () => readdirSync(dir).filter((name) => name.startsWith('tandem-damaged-') && name.endsWith('.db'));

  /** A folder with a backup holding "Backed up", then "Not backed up" written after it; closed cleanly. */
  async function folderWithBackup() {
    const folder = open();
    const api = folder.handlers;
    await api.createPlaybook({ templateId: 'transactional-smb', name: 'Backed up' });
    await writeBackup(folder.db()!, 'auto', new Date('2026-12-01T09:00:00.000Z'));
    await api.createPlaybook({ templateId: 'b2b-saas-new-logo', name: 'Not backed up' });
    folder.db()!.close();
  }

  /** Opens the damaged folder: the recovery state, the damaged file kept byte for byte, nothing else written or served. */
  async function expectRecoveryScreen(damaged: Record<string, Buffer>): Promise<ApiHandlers> {
    const folder = open();
    const api = folder.handlers;
    const status = await api.getDataStatus(undefined);
    expect(status).toMatchObject({ state: 'damaged', newestBackup: { name: 'auto-2026-12-01T09-00-00-000Z.db', playbooks: 1 } });
    if (status.state !== 'damaged') throw new Error('not damaged');
    expect(folder.db()).toBeUndefined();
    expect(existsSync(dbFile())).toBe(false);
    for (const [suffix, bytes] of Object.entries(damaged)) expect(readFileSync(join(dir, status.keptAs + suffix)).equals(bytes), suffix).toBe(true);
    await expect(api.listPlaybooks(undefined)).rejects.toThrow(/data is damaged/);
    await expect(api.createPlaybook({ templateId: 'blank' })).rejects.toThrow(/data is damaged/);
    expect(existsSync(dbFile())).toBe(false);
    return api;
  }

  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('bytes overwritten in the middle: kept aside untouched, and Restore brings back the backup', async () => {
    await folderWithBackup();
    overwriteMiddle(dbFile());
    const api = await expectRecoveryScreen({ '': readFileSync(dbFile()) });

    await api.recoverFromBackup({ name: 'auto-2026-12-01T09-00-00-000Z.db' });
    expect((await api.listPlaybooks(undefined)).map((p) => p.name)).toEqual(['Backed up']);
    expect(await api.getDataStatus(undefined)).toEqual({ state: 'ok' });
    await api.createPlaybook({ templateId: 'blank', name: 'After recovery' });
    expect(damagedFiles()).toHaveLength(1);
  });

  it('a truncated file: starting empty keeps the damaged file, and a later start is normal', async () => {
    await folderWithBackup();
    truncateSync(dbFile(), Math.floor(statSync(dbFile()).size / 2));
    const api = await expectRecoveryScreen({ '': readFileSync(dbFile()) });

    await api.startEmpty(undefined);
    expect(await api.listPlaybooks(undefined)).toEqual([]);
    expect(damagedFiles()).toHaveLength(1);
    const next = open();
    expect(await next.handlers.getDataStatus(undefined)).toEqual({ state: 'ok' });
    next.db()!.close();
  });

  it('a write-ahead log from another database: caught although SQLite replays it happily, and kept with its database', async () => {
    await folderWithBackup();
    // Another database with commits still in its log; its log is then put beside ours.
    const other = openDatabase(join(dir, 'other.db'));
    other.pragma('wal_autocheckpoint = 0');
    await createPlaybookService(other).createPlaybook({ templateId: 'enterprise-renewal', name: 'Someone else’s' });
    copyFileSync(join(dir, 'other.db-wal'), `${dbFile()}-wal`);
    other.close();

    await expectRecoveryScreen({ '': readFileSync(dbFile()), '-wal': readFileSync(`${dbFile()}-wal`) });
  });

  it('quitting on the recovery screen does not start empty next time', async () => {
    await folderWithBackup();
    overwriteMiddle(dbFile());
    const damaged = readFileSync(dbFile());
    await expectRecoveryScreen({ '': damaged });
    const api = await expectRecoveryScreen({ '': damaged });
    expect(damagedFiles()).toHaveLength(1);
    await expect(api.restoreBackup({ name: 'auto-2026-12-01T09-00-00-000Z.db' })).rejects.toThrow(/data is damaged/);
  });

  it('offers the newest sound backup, passing over a later one that is damaged, and lists both', async () => {
    await folderWithBackup();
    const later = open();
    await writeBackup(later.db()!, 'auto', new Date('2026-12-01T10:00:00.000Z'));
    later.db()!.close();
    overwriteMiddle(join(dir, 'backups', 'auto-2026-12-01T10-00-00-000Z.db'));
    overwriteMiddle(dbFile());
    // The recovery screen offers the 09:00 backup, not the damaged one of 10:00.
    const api = await expectRecoveryScreen({ '': readFileSync(dbFile()) });
    const listed = await api.listBackups(undefined);
    expect(listed.map((b) => [b.name, b.problem === null])).toEqual([
      ['auto-2026-12-01T10-00-00-000Z.db', false],
      ['auto-2026-12-01T09-00-00-000Z.db', true],
    ]);
  });

  it('a sound database opens as usual, with nothing to recover', async () => {
    await folderWithBackup();
    const folder = open();
    expect(await folder.handlers.getDataStatus(undefined)).toEqual({ state: 'ok' });
    expect((await folder.handlers.listPlaybooks(undefined)).map((p) => p.name).sort()).toEqual(['Backed up', 'Not backed up']);
    await expect(folder.handlers.startEmpty(undefined)).rejects.toThrow(/nothing to recover/);
    folder.db()!.close();
    expect(damagedFiles()).toEqual([]);
  });

  it('a sound database that cannot be read for another reason (here, a driver that does not load) stays where it is', async () => {
    await folderWithBackup();
    const before = readFileSync(dbFile());
    const broken = join(dir, 'not-a-driver.node');
    expect(() => openDataFolder({ dbFile: dbFile(), nativeBinding: broken, onOpen: (db) => createPlaybookService(db) })).toThrow(
      new RegExp(`^Tandem cannot read its data file ${dbFile().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [^\\n]+$`),
    );
    expect(readFileSync(dbFile()).equals(before)).toBe(true);
    expect(damagedFiles()).toEqual([]);
    const folder = open();
    expect((await folder.handlers.listPlaybooks(undefined)).map((p) => p.name).sort()).toEqual(['Backed up', 'Not backed up']);
    folder.db()!.close();
  });

  it('says when the data folder is synced, whether the database opened or waits to be recovered', async () => {
    await folderWithBackup();
    const sound = open();
    expect(await sound.handlers.getStorageNotice(undefined)).toBeNull();
    sound.db()!.close();

    // Syncthing marks the root of a folder it syncs; the data folder is now inside one.
    mkdirSync(join(dir, '.stfolder'));
    const synced = open();
    expect(await synced.handlers.getStorageNotice(undefined)).toMatchObject({ kind: 'sync', message: expect.stringContaining('Syncthing') });
    synced.db()!.close();
    overwriteMiddle(dbFile());
    await expectRecoveryScreen({ '': readFileSync(dbFile()) });
    expect(await open().handlers.getStorageNotice(undefined)).toMatchObject({ kind: 'sync' });
  });
});
