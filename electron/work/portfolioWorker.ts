import { parentPort, workerData } from 'node:worker_threads';
import { TandemError } from '../../shared/api/errors';
import { openDatabase, type Db } from '../db/database';
import type { PortfolioReply, PortfolioRequest, PortfolioWorkerData } from './portfolioMessages';
import { reviewSavedPlans } from './portfolioSaved';
import { reviewPlanFolder, type ScanProgress } from './portfolioScan';

// Reviews run on a thread of their own: thousands of plans take seconds to read, and the window,
// the menus and every other API call must not wait for them. Saved plans are read through a
// connection of this thread's own (WAL lets it read beside the main one); a review writes nothing.
const { dbFile, nativeBinding } = workerData as PortfolioWorkerData;
let db: Db | undefined;
const database = () => (db ??= openDatabase(dbFile, { ...(nativeBinding ? { nativeBinding } : {}), mustExist: true }));
const port = parentPort!;
const reply = (message: PortfolioReply) => port.postMessage(message);

/** Enough updates for a progress bar to move smoothly, few enough not to flood the main thread. */
const PROGRESS_EVERY_MS = 100;

port.on('message', ({ id, source }: PortfolioRequest) => {
  let last = 0;
  const onProgress = (progress: ScanProgress) => {
    const now = Date.now();
    // The first (how many there are) and the last always go; in between, a few a second.
    if (now - last < PROGRESS_EVERY_MS && progress.read > 0 && progress.read < progress.total) return;
    last = now;
    reply({ id, type: 'progress', ...progress });
  };
  try {
    const options = { onProgress, ...(source.playbookId ? { playbookId: source.playbookId } : {}) };
    const report = source.kind === 'folder' ? reviewPlanFolder(source.folder, options) : reviewSavedPlans(database(), options);
    reply({ id, type: 'done', report });
  } catch (error) {
    const tandem = error instanceof TandemError;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
    reply({ id, type: 'failed', error: { code: tandem ? error.code : 'failed', message: tandem ? message : `The review failed: ${message}` } });
  }
});
