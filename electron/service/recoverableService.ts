import { dirname } from 'node:path';
import { API_OPS, type ApiHandlers } from '../../shared/api/contract';
import { TandemError } from '../../shared/api/errors';
import type { DataStatus } from '../../shared/api/recoveryOps';
import { listBackups } from '../db/backup';
import { openDatabase, type Db } from '../db/database';
import { detectStorage } from '../db/storageKind';
import { inspectDataFolder, restoreInto, type FolderState } from '../db/recovery';

export interface DataFolderOptions {
  dbFile: string;
  nativeBinding?: string;
  now?: () => Date;
  /** Builds the service over the database once it is open, and starts what writes to it (backups). */
  onOpen: (db: Db) => ApiHandlers;
}

export interface DataFolder {
  handlers: ApiHandlers;
  /** The open database, or undefined while it waits to be recovered. */
  db: () => Db | undefined;
}

const DAMAGED = 'Tandem’s data is damaged: restore a backup or start empty first.';

/**
 * Opens the data folder's database, unless its check finds it damaged: then the damaged file is
 * kept aside untouched, nothing is opened or created, and only the recovery screen's operations
 * answer (status, backups, restore, start empty) until the user has chosen. Every other operation
 * is refused, so nothing can write to an empty database the user did not ask for.
 */
export function openDataFolder(options: DataFolderOptions): DataFolder {
  const now = options.now ?? (() => new Date());
  // Stryker disable next-line ObjectLiteral: under plain Node the default driver and the one passed in are the same; only the app's Electron-built driver tells them apart.
  const driver = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  let db: Db | undefined;
  let service: ApiHandlers | undefined;
  const open = () => {
    db = openDatabase(options.dbFile, driver);
    service = options.onOpen(db);
    state = { state: 'ok' };
  };
  // Told once: the folder does not move while the app runs.
  const storage = detectStorage(dirname(options.dbFile));
  let state: FolderState = inspectDataFolder(options.dbFile, now(), driver);
  if (state.state === 'ok') open();

  const recovery: Partial<Record<keyof ApiHandlers, (arg: never) => unknown>> = {
    getDataStatus: (): DataStatus => {
      if (state.state !== 'damaged') return { state: 'ok' };
      const newestBackup = listBackups(options.dbFile, driver).find((b) => b.problem === null) ?? null;
      return { ...state, newestBackup };
    },
    listBackups: () => listBackups(options.dbFile, driver),
    recoverFromBackup: async ({ name }: { name: string }) => {
      await restoreInto(options.dbFile, name, driver);
      open();
      return null;
    },
    startEmpty: () => {
      open();
      return null;
    },
    getStorageNotice: () => storage,
  };

  const handlers = Object.fromEntries(
    API_OPS.map((op) => [
      op,
      // Async, so a refusal arrives the way every other failure does: as a rejected promise.
      async (arg: never) => {
        const recover = recovery[op];
        if (op === 'getStorageNotice') return recover!(arg);
        if (state.state === 'ok') return (service![op] as (arg: never) => unknown)(arg);
        if (!recover) throw new TandemError('failed', DAMAGED);
        return recover(arg);
      },
    ]),
  ) as unknown as ApiHandlers;
  return { handlers, db: () => db };
}
