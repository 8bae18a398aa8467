import { copyFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/api/backupOps';
import { backupFolder, backupPath, parseBackupName } from './backupFiles';
import type { Db } from './database';
import { readAppPreferences } from './desktopState';

/**
 * Copies a checked backup from the data folder's backups/ into the user's second backup folder
 * (another disk, say), under a temporary name first so a copy cut short is never taken for a
 * backup; then removes there the backups the rotation has dropped from backups/, so the second
 * folder holds the same set. Only files named like Tandem's backups are ever removed.
 */
export function copyBackupTo(folder: string, dbFile: string, name: string): void {
  const partial = join(folder, `${name}.partial`);
  try {
    copyFileSync(backupPath(dbFile, name), partial);
    renameSync(partial, join(folder, name));
  } finally {
    rmSync(partial, { force: true });
  }
  const kept = new Set(readdirSync(backupFolder(dbFile)));
  for (const file of readdirSync(folder)) {
    if (parseBackupName(file) && !kept.has(file)) rmSync(join(folder, file), { force: true });
  }
}

/** The hook for scheduleBackups: copies each new backup to the second folder set in Preferences, if one is. */
export const copyToSecondBackupFolder =
  (db: Db) =>
  (info: BackupInfo): void => {
    const folder = readAppPreferences(db).backupFolder;
    if (folder) copyBackupTo(folder, db.name, info.name);
  };
