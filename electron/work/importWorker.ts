import { parentPort, workerData } from 'node:worker_threads';
import { TandemError } from '../../shared/api/errors';
import { randomId } from '../../shared/domain/ids';
import { openDatabase } from '../db/database';
import { importLaunchFile } from '../files/launchFile';
import { importTandemText } from '../service/importService';
import type { ImportReply, ImportRequest, ImportWorkerData } from './importMessages';

// Runs imports on a thread of its own, with its own connection to the database, so a large file
// (tens of megabytes take seconds to check and write) never holds up the window, the menus or
// other API calls. WAL lets the main connection keep reading meanwhile; the import still commits
// in one transaction, all or nothing.
const { dbFile, nativeBinding } = workerData as ImportWorkerData;
const db = openDatabase(dbFile, { ...(nativeBinding ? { nativeBinding } : {}), mustExist: true });
const port = parentPort!;
const reply = (message: ImportReply) => port.postMessage(message);

port.on('message', (request: ImportRequest) => {
  const onPhase = (phase: 'checking' | 'writing') => reply({ id: request.id, type: 'phase', phase });
  try {
    const value =
      request.kind === 'text'
        ? importTandemText(db, request.text, { newId: randomId, now: () => new Date().toISOString(), onPhase })
        : importLaunchFile(db, request.path, onPhase);
    reply({ id: request.id, type: 'done', value });
  } catch (error) {
    const tandem = error instanceof TandemError;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
    const sqliteCode = (error as { code?: unknown }).code;
    reply({
      id: request.id,
      type: 'failed',
      error: { tandem, code: tandem ? error.code : 'failed', message, ...(typeof sqliteCode === 'string' && !tandem ? { sqliteCode } : {}) },
    });
  }
});
