import { Worker } from 'node:worker_threads';
import { REVIEW_CANCELLED, type PortfolioProgress } from '../../shared/api/portfolioOps';
import { TandemError } from '../../shared/api/errors';
import type { PortfolioReport } from '../../shared/portfolio/portfolio';
import type { PortfolioReply, PortfolioRequest, PortfolioWorkerData, ReviewSource } from './portfolioMessages';

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

interface Job {
  request: PortfolioRequest;
  read: number;
  total: number;
  plans: number;
  startedAt: number;
  resolve: (report: PortfolioReport) => void;
  reject: (error: Error) => void;
}

export function createPortfolioRunner(options: PortfolioRunnerOptions): PortfolioRunner {
  let worker: Worker | undefined;
  let current: Job | undefined;
  const waiting: Job[] = [];
  let nextId = 1;

  const stopWorker = () => {
    if (!worker) return;
    const stopping = worker;
    worker = undefined;
    stopping.removeAllListeners();
    // A review only reads: stopping it mid-way leaves nothing behind.
    void stopping.terminate();
  };

  const startWorker = (): Worker => {
    const started = new Worker(options.workerFile, { workerData: { dbFile: options.dbFile, nativeBinding: options.nativeBinding } satisfies PortfolioWorkerData });
    // An idle worker must not keep the harness or a test process alive.
    started.unref();
    started.on('message', (reply: PortfolioReply) => {
      const job = current;
      if (!job || reply.id !== job.request.id) return;
      if (reply.type === 'progress') {
        Object.assign(job, { read: reply.read, total: reply.total, plans: reply.plans });
        return;
      }
      current = undefined;
      if (reply.type === 'done') job.resolve(reply.report);
      else job.reject(new TandemError(reply.error.code, reply.error.message));
      runNext();
    });
    const lost = (why: string) => {
      stopWorker();
      const job = current;
      current = undefined;
      job?.reject(new TandemError('failed', `The review stopped unexpectedly (${why}).`));
      runNext();
    };
    started.on('error', (error) => lost(error.message.split('\n')[0]!));
    started.on('exit', (code) => lost(`exit ${code}`));
    return started;
  };

  const runNext = () => {
    if (current) return;
    const job = waiting.shift();
    if (!job) return;
    current = job;
    job.startedAt = Date.now();
    worker ??= startWorker();
    worker.postMessage(job.request);
  };

  return {
    review: (source) =>
      new Promise<PortfolioReport>((resolve, reject) => {
        waiting.push({ request: { id: nextId++, source }, read: 0, total: 0, plans: 0, startedAt: Date.now(), resolve, reject });
        runNext();
      }),
    progress: () =>
      current
        ? { source: current.request.source.kind, read: current.read, total: current.total, plans: current.plans, elapsedMs: Date.now() - current.startedAt, waiting: waiting.length }
        : null,
    cancel: () => {
      const stopped = [...(current ? [current] : []), ...waiting.splice(0)];
      current = undefined;
      if (stopped.length === 0) return false;
      stopWorker();
      for (const job of stopped) job.reject(new TandemError('failed', REVIEW_CANCELLED));
      return true;
    },
    close: async () => {
      const closing = worker;
      worker = undefined;
      closing?.removeAllListeners();
      await closing?.terminate();
    },
  };
}
