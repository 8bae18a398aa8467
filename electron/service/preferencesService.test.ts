import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api/contract';
import { makeTempDir } from '../../test/support/tempDir';
import { writeBackup } from '../db/backup';
import { copyBackupTo } from '../db/backupCopy';
import { openDatabase, type Db } from '../db/database';
import { readWindowState, writeWindowState } from '../db/desktopState';
import { createPlaybookService } from './playbookService';

describe('preferences, recent files and the last open item, on a real database file', () => {
  let temp: { dir: string; cleanup: () => void };
  let file: string;
  let db: Db;
  let api: ApiHandlers;
  let recentChanges = 0;
  const reopen = () => {
    db.close();
    db = openDatabase(file);
    api = createPlaybookService(db, { onRecentChanged: () => recentChanges++ });
  };

  beforeEach(() => {
    temp = makeTempDir('tandem-preferences-');
    file = join(temp.dir, 'tandem.db');
    db = openDatabase(file);
    api = createPlaybookService(db, { onRecentChanged: () => recentChanges++ });
    recentChanges = 0;
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('keeps the author name, theme and backup folder across a restart; the author name is the one notes use', async () => {
    expect(await api.getAppPreferences(undefined)).toEqual({ authorName: '', theme: 'system', backupFolder: null });
    const copies = join(temp.dir, 'elsewhere');
    mkdirSync(copies);
    await api.setAppPreferences({ authorName: '  Dana Reyes ', theme: 'dark', backupFolder: copies });
    await api.setAppPreferences({ theme: 'light' });
    reopen();
    expect(await api.getAppPreferences(undefined)).toEqual({ authorName: 'Dana Reyes', theme: 'light', backupFolder: copies });
    expect((await api.getPreferences(undefined)).authorName).toBe('Dana Reyes');
    await api.setAppPreferences({ backupFolder: '' });
    expect((await api.getAppPreferences(undefined)).backupFolder).toBeNull();
  });

  it.each([
    ['a relative path', () => 'backups', /must be a full path/],
    ['a folder that is not there', (dir: string) => join(dir, 'missing'), /does not exist/],
    ['a file', (dir: string) => (writeFileSync(join(dir, 'a-file'), 'x'), join(dir, 'a-file')), /is a file, not a folder/],
    ['the data folder itself', (dir: string) => dir, /already kept in the data folder/],
  ])('refuses %s as the backup folder in one line and keeps the one set', async (_what, path, message) => {
    const good = join(temp.dir, 'good');
    mkdirSync(good);
    await api.setAppPreferences({ backupFolder: good });
    await expect(Promise.resolve().then(() => api.setAppPreferences({ backupFolder: path(temp.dir), theme: 'dark' }))).rejects.toThrow(message);
    expect(await api.getAppPreferences(undefined)).toEqual({ authorName: '', theme: 'system', backupFolder: good });
  });

  it('refuses a backup folder it cannot write to', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; the check is for everyone else
    const locked = join(temp.dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    await expect(Promise.resolve().then(() => api.setAppPreferences({ backupFolder: locked }))).rejects.toThrow(/cannot write/);
  });

  it('lists recently opened playbooks and plans newest first, once each, with today’s names, and without deleted ones', async () => {
    const a = await api.createPlaybook({ templateId: 'b2b-saas-new-logo', name: 'Alpha' });
    const b = await api.createPlaybook({ templateId: 'b2b-saas-new-logo', name: 'Beta' });
    await api.noteOpened({ item: { kind: 'playbook', id: a.playbook.id } });
    await api.noteOpened({ item: { kind: 'playbook', id: b.playbook.id } });
    await api.noteOpened({ item: null });
    await api.noteOpened({ item: { kind: 'playbook', id: a.playbook.id } });
    expect(recentChanges).toBe(4);
    await api.renamePlaybook({ id: b.playbook.id, name: 'Beta renamed' });
    reopen();
    expect(await api.listRecent(undefined)).toEqual([
      { kind: 'playbook', id: a.playbook.id, name: 'Alpha (v1)' },
      { kind: 'playbook', id: b.playbook.id, name: 'Beta renamed (v1)' },
    ]);
    await api.deletePlaybook({ id: b.playbook.id });
    expect((await api.listRecent(undefined)).map((r) => r.name)).toEqual(['Alpha (v1)']);
    for (let i = 0; i < 12; i++) await api.noteOpened({ item: { kind: 'plan', id: `plan-${i}` } });
    reopen();
    // Plans that do not exist are not listed, and the list holds ten at most: Alpha fell off.
    expect(await api.listRecent(undefined)).toEqual([]);
    await api.clearRecent(undefined);
    expect(await api.listRecent(undefined)).toEqual([]);
  });

  it('gives what was open at the last close once per start; the start screen last means nothing to reopen', async () => {
    const a = await api.createPlaybook({ templateId: 'b2b-saas-new-logo', name: 'Alpha' });
    expect(await api.takeLastOpen(undefined)).toBeNull();
    await api.noteOpened({ item: { kind: 'playbook', id: a.playbook.id } });
    reopen();
    // The page reports the start screen before asking: the answer is still what was open at close.
    await api.noteOpened({ item: null });
    expect(await api.takeLastOpen(undefined)).toEqual({ kind: 'playbook', id: a.playbook.id });
    expect(await api.takeLastOpen(undefined)).toBeNull();
    reopen();
    expect(await api.takeLastOpen(undefined)).toBeNull();
  });

  it('reads a window state it cannot understand as none, and keeps the one written', () => {
    expect(readWindowState(db)).toBeNull();
    writeWindowState(db, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    reopen();
    expect(readWindowState(db)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    db.prepare("UPDATE preferences SET value = '{not json' WHERE key = 'windowState'").run();
    expect(readWindowState(db)).toBeNull();
  });

  it('copies each checked backup into the second folder and drops there what the rotation dropped', async () => {
    const copies = join(temp.dir, 'copies');
    mkdirSync(copies);
    writeFileSync(join(copies, 'notes.txt'), 'mine');
    const first = await writeBackup(db, 'auto', new Date(Date.UTC(2026, 10, 1, 9)));
    copyBackupTo(copies, file, first.name);
    expect(readdirSync(copies).sort()).toEqual([first.name, 'notes.txt']);
    const second = await writeBackup(db, 'auto', new Date(Date.UTC(2026, 10, 2, 9)));
    // The rotation removed the first from backups/ (as rotateBackups would for an old one).
    const { rmSync } = await import('node:fs');
    rmSync(join(temp.dir, 'backups', first.name));
    copyBackupTo(copies, file, second.name);
    expect(readdirSync(copies).sort()).toEqual([second.name, 'notes.txt']);
    expect(existsSync(join(copies, `${second.name}.partial`))).toBe(false);
  });
});
