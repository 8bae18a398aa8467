import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { TandemError } from '../../shared/api/errors';

export const LOCK_FILE = 'tandem.lock';

export interface DataLock {
  release: () => void;
}

/**
 * Makes this process the one writer of a data folder. The lock is an operating-system lock that
 * SQLite holds on `tandem.lock` (exclusive locking mode), not a pid written in a file: the system
 * drops it the moment the holder dies, however it dies, so a crash never locks the user out, and a
 * pid reused after a reboot can never pass for a live holder. Throws a one-line `conflict` error
 * when another process holds the folder.
 */
export function lockDataFolder(dataDir: string, options: { nativeBinding?: string } = {}): DataLock {
  try {
    return takeLock(dataDir, options);
  } catch (error) {
    // The lock file holds nothing of the user's: one that is not a database (a sync client's
    // conflict copy, a zeroed file after a crash) is replaced rather than left to lock them out.
    const code = (error as { code?: string }).code;
    if (code !== 'SQLITE_NOTADB' && code !== 'SQLITE_CORRUPT') throw error;
    rmSync(join(dataDir, LOCK_FILE), { force: true });
    return takeLock(dataDir, options);
  }
}

function takeLock(dataDir: string, options: { nativeBinding?: string }): DataLock {
  // No busy wait: a second copy must refuse at once, not hang behind the first.
  let lock: Database.Database | undefined;
  try {
    lock = new Database(join(dataDir, LOCK_FILE), { timeout: 0, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    lock.pragma('locking_mode = EXCLUSIVE');
    // The first write takes the exclusive lock, and exclusive locking mode keeps it until close.
    lock.exec(`BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS holder (pid INTEGER, started_at TEXT); DELETE FROM holder;
      INSERT INTO holder VALUES (${process.pid}, '${new Date().toISOString()}'); COMMIT`);
  } catch (error) {
    lock?.close();
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_BUSY') throw new TandemError('conflict', `The data folder ${dataDir} is in use by another copy of Tandem.`);
    // Refused before anything is shown: a session whose edits could not be saved would lose them.
    if (/^SQLITE_(CANTOPEN|READONLY|PERM)/.test(code)) throw new TandemError('failed', `The data folder ${dataDir} cannot be written to; Tandem needs to save there.`);
    throw error;
  }
  const held = lock;
  return { release: () => held.close() };
}
