import type { ImportProgress, ImportResult, LaunchFile } from '../../shared/api/contract';
import { TandemError } from '../../shared/api/errors';
import type { ImportReply, ImportRequest, ImportWorkerData } from './importMessages';
import { createWorkerQueue } from './workerQueue';

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

type Failure = Extract<ImportReply, { type: 'failed' }>['error'];

// `sqliteCode` keeps a database refusal recognisable (a constraint is a conflict) across the thread.
const failure = (error: Failure): Error =>
  error.tandem ? new TandemError(error.code, error.message) : Object.assign(new Error(error.message), { code: error.sqliteCode });

export function createImportRunner(options: ImportRunnerOptions): ImportRunner {
  const queue = createWorkerQueue<ImportRequest, ImportReply, ImportProgress['phase']>({
    workerFile: options.workerFile,
    workerData: { dbFile: options.dbFile, nativeBinding: options.nativeBinding } satisfies ImportWorkerData,
    outcome: (reply) =>
      reply.type === 'phase' ? { progress: reply.phase } : reply.type === 'done' ? { value: reply.value } : { error: failure(reply.error) },
    noun: 'import',
    cancelled: 'The import was cancelled.',
  });
  return {
    importText: (text) => queue.run<ImportResult>({ kind: 'text', text }, 'waiting'),
    importFile: (path) => queue.run<LaunchFile>({ kind: 'file', path }, 'waiting'),
    progress: () => {
      const running = queue.running();
      return running ? { phase: running.progress, elapsedMs: running.elapsedMs, waiting: running.waiting } : null;
    },
    cancel: queue.cancel,
    close: queue.close,
  };
}
