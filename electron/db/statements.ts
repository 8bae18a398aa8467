import type { Db } from './database';
import type Database from 'better-sqlite3';

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/** Prepares each SQL text once per database: preparing costs more than running on hot paths like a drag. */
export function stmt(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

export const bool = (v: boolean) => (v ? 1 : 0);
