import Database from 'better-sqlite3';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TandemError } from '../../shared/api/errors';
import { backupPath, inspectBackup } from './backupFiles';
import { identityInFile } from './databaseIdentity';

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

/** SQLite's own word that the bytes are not a sound database (SQLITE_CORRUPT and its kinds, SQLITE_NOTADB). */
const isDamage = (error: unknown) => /^SQLITE_(CORRUPT|NOTADB)/.test(String((error as { code?: unknown } | null)?.code ?? ''));

/**
 * Checks the database file without writing to it: read-only, so SQLite neither replays a log into
 * it nor checkpoints on close. Returns what is wrong, or null when it is sound (or absent); throws
 * when the file cannot be read for a reason other than its bytes, so a sound file is never set aside.
 */
export function findDamage(file: string, options: { nativeBinding?: string } = {}): string | null {
  if (!existsSync(file)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `SQLite's check failed (${String(check).split('\n')[0]})`;
    const inFile = identityInFile(file);
    const seen = db.pragma('user_version', { simple: true });
    if (inFile !== 0 && seen !== inFile) return 'its write-ahead log belongs to another database';
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isDamage(error)) return `it cannot be read (${message})`;
    // A driver that does not load, a file the user may not read, a disk that did not answer: the
    // file may well be sound, so it stays where it is and the user is told why Tandem cannot start.
    throw new TandemError('failed', `Tandem cannot read its data file ${file}: ${message.split('\n')[0]}`);
  } finally {
    db?.close();
  }
}

/** `tandem-damaged-2026-12-01T09-30-00-000Z.db`, beside the database in the data folder. */
export const damagedName = (at: Date) => `tandem-damaged-${at.toISOString().replace(/[:.]/g, '-')}.db`;
const DAMAGED = /^tandem-damaged-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.db$/;

/**
 * Moves a damaged database out of the way, byte for byte: renamed, never copied or opened for
 * writing, together with its log, so the pair stays as it was found for anyone who can repair it.
 */
export function keepDamagedAside(file: string, at: Date): string {
  const name = damagedName(at);
  const aside = join(dirname(file), name);
  renameSync(file, aside);
  for (const suffix of SIDE_FILES) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  return name;
}

/**
 * A log left where the database was (a crash between the renames above, or a sync client) would be
 * replayed into the next database created there. It joins the damaged copy it came from, or is
 * kept aside under a name of its own.
 */
function moveStrayLogs(file: string, kept: string | undefined, at: Date): void {
  for (const suffix of SIDE_FILES) {
    if (!existsSync(file + suffix)) continue;
    const pair = kept ? join(dirname(file), kept) + suffix : undefined;
    renameSync(file + suffix, pair && !existsSync(pair) ? pair : join(dirname(file), `tandem-stray-${at.toISOString().replace(/[:.]/g, '-')}.db${suffix}`));
  }
}

/** Damaged databases kept aside in the data folder, newest first. */
export function damagedCopies(file: string): string[] {
  return readdirSync(dirname(file))
    .filter((name) => DAMAGED.test(name))
    .sort()
    .reverse();
}

export type FolderState = { state: 'ok' } | { state: 'damaged'; problem: string | null; keptAs: string };

/**
 * What to do with the data folder at start: open it, or recover. A damaged database is moved
 * aside here, before anything opens it for writing. A folder whose database is missing but which
 * holds a damaged one (the user quit the recovery screen) still needs recovering: starting empty
 * silently would look like every plan was lost.
 */
export function inspectDataFolder(file: string, at: Date, options: { nativeBinding?: string } = {}): FolderState {
  const problem = findDamage(file, options);
  if (problem) return { state: 'damaged', problem, keptAs: keepDamagedAside(file, at) };
  if (existsSync(file)) return { state: 'ok' };
  const kept = damagedCopies(file)[0];
  moveStrayLogs(file, kept, at);
  return kept ? { state: 'damaged', problem: null, keptAs: kept } : { state: 'ok' };
}

/** Puts a backup in place of a missing database (after the damaged one was moved aside). */
export async function restoreInto(file: string, backupName: string, options: { nativeBinding?: string } = {}): Promise<void> {
  if (existsSync(file)) throw new TandemError('conflict', `${basename(file)} is already there; it is not replaced.`);
  const source = backupPath(file, backupName);
  const { problem } = inspectBackup(source, options);
  if (problem) throw new TandemError('failed', `This backup cannot be restored: ${problem}.`);
  const db = new Database(source, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  // Written beside and renamed into place, so a crash meanwhile never leaves half a database under the real name.
  const partial = `${file}.restoring`;
  try {
    await db.backup(partial);
    renameSync(partial, file);
  } finally {
    db.close();
    rmSync(partial, { force: true });
  }
}
