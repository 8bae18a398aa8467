import { REVIEW_CANCELLED, type PortfolioProgress } from '../../shared/api/portfolioOps';
import { TandemError } from '../../shared/api/errors';
import type { PortfolioReport } from '../../shared/portfolio/portfolio';
import type { PortfolioReply, PortfolioRequest, PortfolioWorkerData, ReviewSource } from './portfolioMessages';
import type { ScanProgress } from './portfolioScan';
import { createWorkerQueue } from './workerQueue';

export interface PortfolioRunnerOptions {
  /** The built worker script (portfolioWorker.ts bundled beside the main process or the harness). */
  workerFile: string | URL;
  dbFile: string;
  nativeBinding?: string;
}

/** Portfolio reviews, one at a time, off the calling thread; the caller's thread stays free for everything else. */
export interface PortfolioRunner {
  review(source: ReviewSource): Promise<PortfolioReport>;
  progress(): PortfolioProgress | null;
  /** Stops the running review and drops the waiting ones; true when there was something to stop. */
  cancel(): boolean;
  close(): Promise<void>;
}

export function createPortfolioRunner(options: PortfolioRunnerOptions): PortfolioRunner {
  const queue = createWorkerQueue<PortfolioRequest, PortfolioReply, ScanProgress>({
    workerFile: options.workerFile,
    workerData: { dbFile: options.dbFile, nativeBinding: options.nativeBinding } satisfies PortfolioWorkerData,
    outcome: (reply) =>
      reply.type === 'progress'
        ? { progress: { read: reply.read, total: reply.total, plans: reply.plans } }
        : reply.type === 'done'
          ? { value: reply.report }
          : { error: new TandemError(reply.error.code, reply.error.message) },
    noun: 'review',
    cancelled: REVIEW_CANCELLED,
  });
  return {
    review: (source) => queue.run<PortfolioReport>({ source }, { read: 0, total: 0, plans: 0 }),
    progress: () => {
      const running = queue.running();
      return running ? { source: running.request.source.kind, ...running.progress, elapsedMs: running.elapsedMs, waiting: running.waiting } : null;
    },
    cancel: queue.cancel,
    close: queue.close,
  };
}
