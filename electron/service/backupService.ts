import { dirname } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { TandemError } from '../../shared/api/errors';
import { listBackups, restoreBackup } from '../db/backup';
import type { Db } from '../db/database';
import { detectStorage } from '../db/storageKind';

/** Listing and restoring the backups of the database this service writes to, and its status. */
export function createBackupHandlers(db: Db, options: { now: () => string; nativeBinding?: string }): Pick<ApiHandlers, 'listBackups' | 'restoreBackup' | 'getDataStatus' | 'recoverFromBackup' | 'startEmpty' | 'getStorageNotice'> {
  const onDisk = () => {
    if (db.memory) throw new TandemError('failed', 'This data is not kept in a file, so it has no backups.');
  };
  return {
    listBackups: () => {
      onDisk();
      return listBackups(db.name, options);
    },
    restoreBackup: ({ name }) => {
      onDisk();
      return restoreBackup(db, name, new Date(options.now()), options);
    },
    // With the database open there is nothing to recover (recoverableService answers these when it is damaged).
    getDataStatus: () => ({ state: 'ok' }),
    recoverFromBackup: () => nothingToRecover(),
    startEmpty: () => nothingToRecover(),
    getStorageNotice: () => (db.memory ? null : detectStorage(dirname(db.name))),
  };
}

const nothingToRecover = (): never => {
  throw new TandemError('conflict', 'Tandem’s data is not damaged: there is nothing to recover.');
};
