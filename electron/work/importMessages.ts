import type { ImportResult, LaunchFile } from '../../shared/api/contract';
import type { ApiErrorInfo } from '../../shared/api/contract';
import type { ImportPhase } from '../service/importService';

/** What the import worker is given at start: its own connection to the app's database. */
export interface ImportWorkerData {
  dbFile: string;
  nativeBinding?: string;
}

/** One job: the text of a file the page read, or the path of a file the app was asked to open. */
export type ImportRequest = { id: number; kind: 'text'; text: string } | { id: number; kind: 'file'; path: string };

/** `sqliteCode` keeps a database refusal recognisable (a constraint is a conflict) across the thread. */
export type ImportReply =
  | { id: number; type: 'phase'; phase: ImportPhase }
  | { id: number; type: 'done'; value: ImportResult | LaunchFile }
  | { id: number; type: 'failed'; error: ApiErrorInfo & { tandem: boolean; sqliteCode?: string } };
