import { Worker } from 'node:worker_threads';
import { TandemError } from '../../shared/api/errors';

/** What a reply from the worker means for the job it names: news while it runs, or its end. */
export type ReplyOutcome<Progress> = { progress: Progress } | { value: unknown } | { error: Error };

export interface WorkerQueueOptions<Reply extends { id: number }, Progress> {
  /** The built worker script, bundled beside the main process or the harness. */
  workerFile: string | URL;
  /** Given to the worker at start: its own connection to the app's database. */
  workerData: unknown;
  /** Reads one reply of the running job. */
  outcome(reply: Reply): ReplyOutcome<Progress>;
  /** The job's name in a message: "The import stopped unexpectedly". */
  noun: string;
  /** The message a cancelled job fails with; callers compare with it to tell a cancel from a failure. */
  cancelled: string;
}

/** A request before the queue numbers it; distributes over a union of kinds of request. */
export type Unnumbered<Request> = Request extends unknown ? Omit<Request, 'id'> : never;

export interface RunningJob<Request, Progress> {
  request: Request;
  progress: Progress;
  elapsedMs: number;
  waiting: number;
}

/**
 * Jobs run one at a time on one worker thread, started on first use; the calling thread stays
 * free for everything else. Imports and portfolio reviews share this: the same order, progress,
 * cancel and close, whatever the work.
 */
export interface WorkerQueue<Request extends { id: number }, Progress> {
  run<T>(request: Unnumbered<Request>, progress: Progress): Promise<T>;
  running(): RunningJob<Request, Progress> | null;
  /** Stops the running job and drops the waiting ones; true when there was something to stop. */
  cancel(): boolean;
  close(): Promise<void>;
}

interface Job<Request, Progress> {
  request: Request;
  progress: Progress;
  startedAt: number;
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

export function createWorkerQueue<Request extends { id: number }, Reply extends { id: number }, Progress>(
  options: WorkerQueueOptions<Reply, Progress>,
): WorkerQueue<Request, Progress> {
  let worker: Worker | undefined;
  let current: Job<Request, Progress> | undefined;
  const waiting: Job<Request, Progress>[] = [];
  let nextId = 1;

  const stopWorker = () => {
    if (!worker) return;
    const stopping = worker;
    worker = undefined;
    stopping.removeAllListeners();
    // Terminating mid-transaction closes the worker's connection, which rolls the transaction
    // back; a review only reads. Either way a stopped job leaves nothing behind.
    void stopping.terminate();
  };

  const startWorker = (): Worker => {
    const started = new Worker(options.workerFile, { workerData: options.workerData });
    // An idle worker must not keep the harness or a test process alive.
    started.unref();
    started.on('message', (reply: Reply) => {
      const job = current;
      if (!job || reply.id !== job.request.id) return;
      const outcome = options.outcome(reply);
      if ('progress' in outcome) {
        job.progress = outcome.progress;
        return;
      }
      current = undefined;
      if ('value' in outcome) job.resolve(outcome.value as never);
      else job.reject(outcome.error);
      runNext();
    });
    const lost = (why: string) => {
      stopWorker();
      const job = current;
      current = undefined;
      job?.reject(new TandemError('failed', `The ${options.noun} stopped unexpectedly (${why}).`));
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
    run: <T>(request: Unnumbered<Request>, progress: Progress) =>
      new Promise<T>((resolve, reject) => {
        const withId = { ...request, id: nextId++ } as unknown as Request;
        waiting.push({ request: withId, progress, startedAt: Date.now(), resolve: resolve as (value: never) => void, reject });
        runNext();
      }),
    running: () =>
      current ? { request: current.request, progress: current.progress, elapsedMs: Date.now() - current.startedAt, waiting: waiting.length } : null,
    cancel: () => {
      const stopped = [...(current ? [current] : []), ...waiting.splice(0)];
      current = undefined;
      if (stopped.length === 0) return false;
      stopWorker();
      for (const job of stopped) job.reject(new TandemError('failed', options.cancelled));
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
