import { expect } from 'vitest';
import type { Db } from '../../electron/db/database';

/** Every row of every table, to compare before and after a refused call. */
export function snapshot(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

/** What the call was refused with; fails the test when it was not refused. */
export async function refusal(call: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await call();
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error('the call was not refused');
}

/** The call is refused with exactly this code and line, and the database is as it was. */
export async function expectRefused(db: Db, call: () => unknown, code: string, message: string): Promise<void> {
  const before = snapshot(db);
  expect(await refusal(call)).toEqual({ code, message });
  expect(snapshot(db)).toEqual(before);
}
