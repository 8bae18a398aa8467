import type { ApiErrorInfo } from '../../shared/api/contract';
import type { PortfolioReport } from '../../shared/portfolio/portfolio';
import type { ScanProgress } from './portfolioScan';

/** What the review worker is given at start: its own connection to the app's database. */
export interface PortfolioWorkerData {
  dbFile: string;
  nativeBinding?: string;
}

/** Where a review reads its plans: those saved here, or the files of a folder; optionally one playbook version's only. */
export type ReviewSource = { kind: 'database'; playbookId?: string } | { kind: 'folder'; folder: string; playbookId?: string };

export type PortfolioRequest = { id: number; source: ReviewSource };

export type PortfolioReply =
  | ({ id: number; type: 'progress' } & ScanProgress)
  | { id: number; type: 'done'; report: PortfolioReport }
  | { id: number; type: 'failed'; error: ApiErrorInfo };
