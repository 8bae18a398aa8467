import { z } from 'zod';
import { Id } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { text } from '../domain/text';

/** The user's preferences and what the app remembers between runs (recent files, the last one open). */
const op = <A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) => ({ arg, result });

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

/** A folder path as typed: the service checks it is absolute and writable. */
const FolderPath = text().trim().max(1_000);

export const AppPreferences = z.strictObject({
  /** The name written on notes, exported files and as the rep on new deal plans. */
  authorName: text().max(LIMITS.nameLength),
  /** Follow the operating system's light or dark setting, or keep one. */
  theme: Theme,
  /** A second folder that receives a copy of every backup (another disk, say); null: backups stay in the data folder only. */
  backupFolder: z.string().nullable(),
});
export type AppPreferences = z.infer<typeof AppPreferences>;

/** A playbook or plan the user opened. */
export const OpenedItem = z.strictObject({ kind: z.enum(['playbook', 'plan']), id: Id });
export type OpenedItem = z.infer<typeof OpenedItem>;

/** One line of File → Open Recent: what it is and its name now (a playbook's with its version, a plan's account). */
export const RecentItem = z.strictObject({ kind: z.enum(['playbook', 'plan']), id: Id, name: z.string() });
export type RecentItem = z.infer<typeof RecentItem>;

/** How many items Open Recent keeps. */
export const RECENT_LIMIT = 10;

export const preferencesOps = {
  getAppPreferences: op(z.undefined(), AppPreferences),
  /** Changes the preferences given, leaves the others; an empty backup folder turns the copies off. */
  setAppPreferences: op(
    z.strictObject({ authorName: text().trim().max(LIMITS.nameLength).optional(), theme: Theme.optional(), backupFolder: FolderPath.optional() }),
    AppPreferences,
  ),
  /** The page says what it shows now (null: the start screen); it joins the recent list and is what the next start reopens. */
  noteOpened: op(z.strictObject({ item: OpenedItem.nullable() }), z.null()),
  /** Recently opened playbooks and plans, newest first; ones deleted since are left out. */
  listRecent: op(z.undefined(), z.array(RecentItem)),
  clearRecent: op(z.undefined(), z.null()),
  /** What was open when the app last closed, once per start (later calls answer null), or null. */
  takeLastOpen: op(z.undefined(), OpenedItem.nullable()),
} as const;
