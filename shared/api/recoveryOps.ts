import { z } from 'zod';
import { BackupInfo, BackupName } from './backupOps';

const op = <A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) => ({ arg, result });

export const DataStatus = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('ok') }),
  z.strictObject({
    state: z.literal('damaged'),
    /** What the check found, or null when the damage was found at an earlier start. */
    problem: z.string().nullable(),
    /** The damaged database's new name in the data folder, kept byte for byte. */
    keptAs: z.string(),
    /** The newest backup that passes its check, or null when there is none. */
    newestBackup: BackupInfo.nullable(),
  }),
]);
export type DataStatus = z.infer<typeof DataStatus>;

/** A data folder on a network drive or inside a synced folder, where SQLite cannot keep the database safe; null when none was detected. */
export const StorageNotice = z.strictObject({ kind: z.enum(['network', 'sync']), message: z.string() }).nullable();
export type StorageNotice = z.infer<typeof StorageNotice>;

/** Recovering from a damaged database; spread into the one contract map. */
export const recoveryOps = {
  /** Whether the data opened, or was found damaged and waits for the user to choose how to recover. */
  getDataStatus: op(z.undefined(), DataStatus),
  /** Recovers by restoring a backup; the damaged database stays where it was kept. */
  recoverFromBackup: op(z.strictObject({ name: BackupName }), z.null()),
  /** Recovers by starting with no data; the damaged database stays where it was kept. */
  startEmpty: op(z.undefined(), z.null()),
  /** Whether the data folder is somewhere the database is at risk (told once at start, whatever the database's state). */
  getStorageNotice: op(z.undefined(), StorageNotice),
} as const;
