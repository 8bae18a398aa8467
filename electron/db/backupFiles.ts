import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import type { BackupInfo } from '../../shared/api/backupOps';

export type BackupKind = BackupInfo['kind'];

/** Backups live beside the database, in the data folder, so they move and sync with it. */
export const backupFolder = (dbFile: string) => join(dirname(dbFile), 'backups');

/** `auto-2026-12-01T09-30-00-000Z.db`: the kind and the UTC time, sortable and safe on every file system. */
export const backupName = (kind: BackupKind, at: Date) => `${kind}-${at.toISOString().replace(/[:.]/g, '-')}.db`;

export function parseBackupName(name: string): { kind: BackupKind; createdAt: Date } | null {
  const match = /^(auto|before-restore)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/.exec(name);
  if (!match) return null;
  const createdAt = new Date(`${match[2]}T${match[3]}:${match[4]}:${match[5]}.${match[6]}Z`);
  return Number.isNaN(createdAt.getTime()) ? null : { kind: match[1] as BackupKind, createdAt };
}

export interface BackupContents {
  playbooks: number | null;
  plans: number | null;
  /** The newest schema migration the file has applied. */
  schema: number | null;
  problem: string | null;
}

/**
 * Opens a backup file and checks it: SQLite's quick_check, then what it holds. `settle` is for a
 * copy just written: it is switched out of WAL so the backup is one self-contained file that opens
 * read-only anywhere. Never throws; a file that fails says why in `problem`.
 */
export function inspectBackup(file: string, options: { settle?: boolean; nativeBinding?: string } = {}): BackupContents {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: !options.settle, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    if (options.settle) db.pragma('journal_mode = DELETE');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { playbooks: null, plans: null, schema: null, problem: `it failed SQLite's check (${String(check)})` };
    const count = (table: string) =>
      db!.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`).pluck().get(table)
        ? (db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number)
        : 0;
    const schema = count('migrations') ? (db.prepare('SELECT max(id) FROM migrations').pluck().get() as number) : null;
    if (schema === null) return { playbooks: null, plans: null, schema: null, problem: 'it is not a Tandem database' };
    return { playbooks: count('playbooks'), plans: count('plans'), schema, problem: null };
  } catch (error) {
    return { playbooks: null, plans: null, schema: null, problem: `it cannot be read (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    db?.close();
  }
}

export const backupPath = (dbFile: string, name: string) => join(backupFolder(dbFile), name);
