import { z } from 'zod';
import { OpenedItem, RECENT_LIMIT, Theme, type AppPreferences, type RecentItem } from '../../shared/api/preferencesOps';
import type { Db } from './database';
import { readPreference, writePreference } from './preferencesTable';
import { stmt } from './statements';

/**
 * The user's preferences and what the app remembers between runs, kept in the database's
 * preferences table so they move with the data (and its backups). Each value is read through its
 * schema: a value this version does not understand reads as the default instead of failing.
 */
const readJson = <T extends z.ZodType>(db: Db, key: string, schema: T, fallback: z.infer<T>): z.infer<T> => {
  const raw = readPreference(db, key);
  if (raw === null) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
};

export function readAppPreferences(db: Db): AppPreferences {
  const theme = Theme.safeParse(readPreference(db, 'theme'));
  return {
    authorName: readPreference(db, 'authorName') ?? '',
    theme: theme.success ? theme.data : 'system',
    backupFolder: readPreference(db, 'backupFolder') || null,
  };
}

export function writeAppPreferences(db: Db, changes: { authorName?: string; theme?: AppPreferences['theme']; backupFolder?: string | null }): void {
  if (changes.authorName !== undefined) writePreference(db, 'authorName', changes.authorName);
  if (changes.theme !== undefined) writePreference(db, 'theme', changes.theme);
  if (changes.backupFolder !== undefined) writePreference(db, 'backupFolder', changes.backupFolder ?? '');
}

const RecentList = z.array(OpenedItem).max(RECENT_LIMIT * 2);

export const readRecentItems = (db: Db): OpenedItem[] => readJson(db, 'recent', RecentList, []);
/** What was open at the last close, if it is still there. */
export function readLastOpen(db: Db): OpenedItem | null {
  const item = readJson(db, 'lastOpen', OpenedItem.nullable(), null);
  if (!item) return null;
  const table = item.kind === 'playbook' ? 'playbooks' : 'plans';
  return stmt(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(item.id) ? item : null;
}

/** Puts what was opened first in the recent list (once) and remembers it as what is open now; null is the start screen. */
export function recordOpened(db: Db, item: OpenedItem | null): void {
  db.transaction(() => {
    writePreference(db, 'lastOpen', JSON.stringify(item));
    if (!item) return;
    const rest = readRecentItems(db).filter((r) => r.kind !== item.kind || r.id !== item.id);
    writePreference(db, 'recent', JSON.stringify([item, ...rest].slice(0, RECENT_LIMIT)));
  })();
}

export const clearRecentItems = (db: Db): void => writePreference(db, 'recent', '[]');

/** The recent list with today's names; playbooks and plans deleted since drop out. */
export function listRecentItems(db: Db): RecentItem[] {
  const playbook = stmt(db, 'SELECT name, version FROM playbooks WHERE id = ?');
  const plan = stmt(db, 'SELECT account FROM plans WHERE id = ?');
  return readRecentItems(db).flatMap((item): RecentItem[] => {
    if (item.kind === 'playbook') {
      const row = playbook.get(item.id) as { name: string; version: number } | undefined;
      return row ? [{ ...item, name: `${row.name} (v${row.version})` }] : [];
    }
    const row = plan.get(item.id) as { account: string } | undefined;
    return row ? [{ ...item, name: `${row.account} (deal plan)` }] : [];
  });
}

/** The window's place, as the shell saved it; unchecked here (shared/desktop/windowPlacement.ts checks it). */
export function readWindowState(db: Db): unknown {
  return readJson(db, 'windowState', z.unknown(), null);
}

export function writeWindowState(db: Db, state: unknown): void {
  writePreference(db, 'windowState', JSON.stringify(state));
}
