import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDir';
import { LOCK_FILE, lockDataFolder } from './dataLock';

/**
 * The one-writer lock within one process: SQLite tells two connections of one process apart, so
 * these run in the test's own process (test/node/dataFolder.test.ts locks from two processes).
 */
describe('the data folder lock', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir('tandem-lock-')));
  afterEach(() => cleanup());

  const refusal = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      return { code: (error as { code?: string }).code, message: (error as Error).message };
    }
    throw new Error('the lock was not refused');
  };

  it('refuses a second holder in one line, holds until released, and then lets the next one in', () => {
    const first = lockDataFolder(dir);
    expect(refusal(() => lockDataFolder(dir))).toEqual({ code: 'conflict', message: `The data folder ${dir} is in use by another copy of Tandem.` });
    // Refused again: a refusal does not loosen the first holder's lock.
    expect(refusal(() => lockDataFolder(dir)).code).toBe('conflict');
    first.release();
    const second = lockDataFolder(dir);
    second.release();
  });

  it('writes who holds the folder into the lock file, and nothing of the user’s', () => {
    const lock = lockDataFolder(dir);
    lock.release();
    const db = new Database(join(dir, LOCK_FILE), { readonly: true });
    try {
      expect(db.prepare('SELECT pid, started_at FROM holder').all()).toEqual([{ pid: process.pid, started_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/) }]);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([{ name: 'holder' }]);
    } finally {
      db.close();
    }
    // Taken again, the holder is replaced rather than added to.
    lockDataFolder(dir).release();
    const again = new Database(join(dir, LOCK_FILE), { readonly: true });
    try {
      expect(again.prepare('SELECT count(*) AS n FROM holder').get()).toEqual({ n: 1 });
    } finally {
      again.close();
    }
  });

  it('replaces a lock file that is not a database (a sync conflict copy, zeroed bytes) instead of locking the user out', () => {
    const file = join(dir, LOCK_FILE);
    writeFileSync(file, 'x'.repeat(8192));
    const lock = lockDataFolder(dir);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(refusal(() => lockDataFolder(dir)).code).toBe('conflict');
    lock.release();
  });

  it('refuses in one line a folder it cannot open its lock file in, and leaves what is there', () => {
    // A folder where the lock file should be: SQLite cannot open it, as in a folder the user may not write to.
    mkdirSync(join(dir, LOCK_FILE));
    expect(refusal(() => lockDataFolder(dir))).toEqual({ code: 'failed', message: `The data folder ${dir} cannot be written to; Tandem needs to save there.` });
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });
});
