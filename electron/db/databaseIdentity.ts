import { closeSync, openSync, readSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import type { Db } from './database';

/**
 * Each database carries a random identity in its header's user_version field. SQLite cannot tell
 * a write-ahead log that belongs to another database (a sync client or a copy that paired the wrong
 * files): it would replay that log's pages over this file. Comparing the identity in the file
 * itself with the one seen through the log catches it whenever the log rewrote the header page.
 */
export function stampIdentity(db: Db): void {
  if (db.pragma('user_version', { simple: true }) !== 0) return;
  db.pragma(`user_version = ${randomInt(1, 2 ** 31 - 1)}`);
  // Into the file now, not only the log, so the comparison works from the next open on.
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** The identity written in the database file's own header (bytes 60–63), ignoring any log beside it; 0 when unstamped or too short. */
export function identityInFile(file: string): number {
  const header = Buffer.alloc(64);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, 64, 0) === 64 ? header.readInt32BE(60) : 0;
  } finally {
    closeSync(fd);
  }
}
