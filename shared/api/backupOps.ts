import { z } from 'zod';

const op = <A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) => ({ arg, result });

/** A backup's file name in the data folder's backups/: what it is and when it was taken (UTC). Nothing else, so no path can ride in. */
export const BackupName = z.string().regex(/^(auto|before-restore)-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.db$/, 'not a backup of this data folder');

export const BackupInfo = z.strictObject({
  name: BackupName,
  /** `auto`: taken on quit or while working; `before-restore`: the data as it was just before a restore, so the restore can be undone. */
  kind: z.enum(['auto', 'before-restore']),
  createdAt: z.iso.datetime(),
  /** Null when the backup cannot be read (see `problem`). */
  playbooks: z.int().min(0).nullable(),
  plans: z.int().min(0).nullable(),
  /** Why this backup cannot be restored (it failed its check), or null when it can. */
  problem: z.string().nullable(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const RestoreResult = z.strictObject({
  restored: BackupInfo,
  /** The data as it was before the restore; restoring this one undoes the restore. */
  keptAside: BackupInfo,
});
export type RestoreResult = z.infer<typeof RestoreResult>;

/** Backups of the local database; spread into the one contract map. */
export const backupOps = {
  /** Every backup in the data folder, newest first, each with its date and what it holds. */
  listBackups: op(z.undefined(), z.array(BackupInfo)),
  /** Replaces the data with a backup's, after keeping the current data aside as a backup of its own. */
  restoreBackup: op(z.strictObject({ name: BackupName }), RestoreResult),
} as const;
