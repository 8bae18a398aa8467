import { Worker } from 'node:worker_threads';
import type { ImportProgress, ImportResult, LaunchFile } from '../../shared/api/contract';
import { TandemError } from '../../shared/api/errors';
import type { ImportReply, ImportRequest, ImportWorkerData } from './importMessages';

export interface ImportRunnerOptions {
  /** The built worker script (importWorker.ts bundled beside the main process or the harness). */
  workerFile: string | URL;
  dbFile: string;
  nativeBinding?: string;
}

/** Imports run one at a time off the calling thread; the caller's thread stays free for everything else. */
export interface ImportRunner {
  importText(text: string): Promise<ImportResult>;
  /** A file the app was asked to open, read and imported on the worker; failures come back as the LaunchFile's error. */
  importFile(path: string): Promise<LaunchFile>;
  progress(): ImportProgress | null;
  /** Stops the running import and drops the waiting ones; true when there was something to stop. */
  cancel(): boolean;
  close(): Promise<void>;
}

interface Job {
  request: ImportRequest;
  phase: ImportProgress['phase'];
  startedAt: number;
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

export function createImportRunner(options: ImportRunnerOptions): ImportRunner {
  let worker: Worker | undefined;
  let current: Job | undefined;
  const waiting: Job[] = [];
  let nextId = 1;

  const failure = (error: Extract<ImportReply, { type: 'failed' }>['error']): Error =>
    error.tandem ? new TandemError(error.code, error.message) : Object.assign(new Error(error.message), { code: error.sqliteCode });

  const stopWorker = () => {
    if (!worker) return;
    const stopping = worker;
    worker = undefined;
    stopping.removeAllListeners();
    // Terminating mid-transaction closes its connection, which rolls the transaction back.
    void stopping.terminate();
  };

  const startWorker = (): Worker => {
    const started = new Worker(options.workerFile, { workerData: { dbFile: options.dbFile, nativeBinding: options.nativeBinding } satisfies ImportWorkerData });
    // An idle worker must not keep the harness or a test process alive.
    started.unref();
    started.on('message', (reply: ImportReply) => {
      const job = current;
      if (!job || reply.id !== job.request.id) return;
      if (reply.type === 'phase') {
        job.phase = reply.phase;
        return;
      }
      current = undefined;
      if (reply.type === 'done') job.resolve(reply.value as never);
      else job.reject(failure(reply.error));
      runNext();
    });
    const lost = (why: string) => {
      stopWorker();
      const job = current;
      current = undefined;
      job?.reject(new TandemError('failed', `The import stopped unexpectedly (${why}).`));
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

  const enqueue = <T>(request: ImportRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ request, phase: 'waiting', startedAt: Date.now(), resolve: resolve as (value: never) => void, reject });
      runNext();
    });

  return {
    importText: (text) => enqueue<ImportResult>({ id: nextId++, kind: 'text', text }),
    importFile: (path) => enqueue<LaunchFile>({ id: nextId++, kind: 'file', path }),
    progress: () => (current ? { phase: current.phase, elapsedMs: Date.now() - current.startedAt, waiting: waiting.length } : null),
    cancel: () => {
      const stopped = [...(current ? [current] : []), ...waiting.splice(0)];
      current = undefined;
      if (stopped.length === 0) return false;
      stopWorker();
      for (const job of stopped) job.reject(new TandemError('failed', 'The import was cancelled.'));
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
