import type { Db } from './database';
import { stmt } from './statements';

export function readPreference(db: Db, key: string): string | null {
  const row = stmt(db, 'SELECT value FROM preferences WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writePreference(db: Db, key: string, value: string): void {
  stmt(db, 'INSERT INTO preferences (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
