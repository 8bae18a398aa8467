import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, RestoreResult } from '../../shared/api/backupOps';
import { TandemError } from '../../shared/api/errors';
import { backupFolder, backupName, backupPath, inspectBackup, parseBackupName, type BackupKind } from './backupFiles';
import { backupsToDelete } from './backupRotation';
import { migrate, type Db } from './database';
import { stampIdentity } from './databaseIdentity';
import { MIGRATIONS } from './migrations';

export interface BackupOptions {
  nativeBinding?: string;
  /** Runs on the finished copy before it is checked; tests damage it here to prove a bad copy is discarded. */
  beforeCheck?: (file: string) => void;
}

/**
 * Copies the live database into backups/ with SQLite's online backup (a consistent copy even
 * while the app writes), checks the copy with quick_check, and only then gives it its name: a
 * copy that fails is deleted and the failure thrown, so every file listed is one that passed.
 */
export async function writeBackup(db: Db, kind: BackupKind, at: Date, options: BackupOptions = {}): Promise<BackupInfo> {
  const folder = backupFolder(db.name);
  mkdirSync(folder, { recursive: true });
  const name = backupName(kind, at);
  const partial = join(folder, `${name}.partial`);
  try {
    await db.backup(partial);
    options.beforeCheck?.(partial);
    const contents = inspectBackup(partial, { settle: true, nativeBinding: options.nativeBinding });
    if (contents.problem) throw new TandemError('failed', `The backup was discarded: ${contents.problem}.`);
    renameSync(partial, join(folder, name));
    return { name, kind, createdAt: at.toISOString(), playbooks: contents.playbooks, plans: contents.plans, problem: null };
  } finally {
    for (const leftover of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
  }
}

/** Deletes the backups the rotation no longer keeps (see backupsToDelete). */
export function rotateBackups(dbFile: string, now: Date): string[] {
  const doomed = backupsToDelete(namedBackups(dbFile), now);
  for (const name of doomed) rmSync(backupPath(dbFile, name), { force: true });
  return doomed;
}

/** Every backup, newest first, each opened and checked: a damaged one is listed with its reason, never offered as good. */
export function listBackups(dbFile: string, options: { nativeBinding?: string } = {}): BackupInfo[] {
  return namedBackups(dbFile)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map(({ name, kind, createdAt }) => {
      const { playbooks, plans, problem } = inspectBackup(backupPath(dbFile, name), options);
      return { name, kind, createdAt: createdAt.toISOString(), playbooks, plans, problem };
    });
}

/**
 * Replaces the live data with a backup's, in place: SQLite's backup API writes into the open
 * database under its own locks, so every connection (the import worker's too) sees the restored
 * data without reopening. The current data is first kept aside as a `before-restore` backup, so
 * restoring that one undoes this.
 */
export async function restoreBackup(db: Db, name: string, at: Date, options: { nativeBinding?: string } = {}): Promise<RestoreResult> {
  const file = backupPath(db.name, name);
  const parsed = parseBackupName(name);
  if (!parsed || !existsSync(file)) throw new TandemError('not-found', `No backup named "${name}".`);
  const contents = inspectBackup(file, options);
  if (contents.problem) throw new TandemError('failed', `This backup cannot be restored: ${contents.problem}.`);
  const newest = MIGRATIONS.at(-1)!.id;
  if (contents.schema! > newest) throw new TandemError('conflict', `This backup was written by a newer version of Tandem (schema ${contents.schema}); this version knows up to ${newest}.`);
  const keptAside = await writeBackup(db, 'before-restore', at, options);
  const source = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    await source.backup(db.name);
  } finally {
    source.close();
  }
  // A backup from an older Tandem is brought up to this version's schema, as on open.
  migrate(db, MIGRATIONS);
  // One from before databases carried an identity gets one, and the header goes into the file
  // now: otherwise the next start would see the file and its log disagree and call it damaged.
  stampIdentity(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const restored: BackupInfo = { name, kind: parsed.kind, createdAt: parsed.createdAt.toISOString(), playbooks: contents.playbooks, plans: contents.plans, problem: null };
  return { restored, keptAside };
}

function namedBackups(dbFile: string) {
  const folder = backupFolder(dbFile);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, ...parsed }] : [];
  });
}
