import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { TandemError } from '../../shared/api/errors';
import type { preferencesOps } from '../../shared/api/preferencesOps';
import type { Db } from '../db/database';
import { clearRecentItems, listRecentItems, readAppPreferences, readLastOpen, recordOpened, writeAppPreferences } from '../db/desktopState';

type PreferencesHandlers = Pick<ApiHandlers, keyof typeof preferencesOps>;

/** A second backup folder must be a folder Tandem can write to, given as a full path; the data folder's own is refused (it already holds them). */
function checkBackupFolder(path: string, dataFolder: string): string {
  if (!isAbsolute(path)) throw new TandemError('invalid-argument', `The backup folder must be a full path, like /home/you/Backups: "${path}" is not.`);
  const folder = resolve(path);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new TandemError('invalid-argument', `The backup folder ${folder} does not exist.`);
  }
  if (!isFolder) throw new TandemError('invalid-argument', `${folder} is a file, not a folder.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new TandemError('invalid-argument', `Tandem cannot write to the backup folder ${folder}.`);
  }
  if (folder === resolve(dataFolder) || folder === resolve(dataFolder, 'backups')) throw new TandemError('invalid-argument', 'Backups are already kept in the data folder: choose another folder, on another disk if you can.');
  return folder;
}

/**
 * Preferences, recent files and the last open playbook or plan. What was open when the app last
 * closed is read once, at start, before the page tells what it shows now.
 */
export function createPreferencesHandlers(db: Db, options: { dataFolder: string; onRecentChanged?: () => void }): PreferencesHandlers {
  let lastOpenAtStart = readLastOpen(db);
  return {
    getAppPreferences: () => readAppPreferences(db),
    setAppPreferences: ({ authorName, theme, backupFolder }) => {
      const typed = backupFolder?.trim();
      const folder = typed === undefined ? undefined : typed === '' ? null : checkBackupFolder(typed, options.dataFolder);
      writeAppPreferences(db, { authorName: authorName?.trim(), theme, backupFolder: folder });
      return readAppPreferences(db);
    },
    noteOpened: ({ item }) => {
      recordOpened(db, item);
      options.onRecentChanged?.();
      return null;
    },
    listRecent: () => listRecentItems(db),
    clearRecent: () => {
      clearRecentItems(db);
      options.onRecentChanged?.();
      return null;
    },
    takeLastOpen: () => {
      const item = lastOpenAtStart;
      lastOpenAtStart = null;
      return item;
    },
  };
}
