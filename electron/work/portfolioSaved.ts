import type { PlaybookDoc } from '../../shared/domain/playbook';
import { createPortfolio, type PortfolioReport } from '../../shared/portfolio/portfolio';
import type { Db } from '../db/database';
import { listPlanSummaries, readPlanDoc } from '../db/planDocument';
import { readPlaybookDoc } from '../db/playbookDocument';
import type { ScanOptions } from './portfolioScan';

// Apart from the folder scan, so the command line (which has no database) does not bundle SQLite.
/** The same review over the plans saved in the database, one plan at a time, each pinned version read once. */
export function reviewSavedPlans(db: Db, options: ScanOptions = {}): PortfolioReport {
  const portfolio = createPortfolio();
  const playbooks = new Map<string, PlaybookDoc | undefined>();
  const summaries = listPlanSummaries(db).filter((s) => options.playbookId === undefined || s.playbookId === options.playbookId);
  let plans = 0;
  options.onProgress?.({ read: 0, total: summaries.length, plans });
  summaries.forEach((summary, i) => {
    const plan = readPlanDoc(db, summary.id);
    if (!playbooks.has(summary.playbookId)) playbooks.set(summary.playbookId, readPlaybookDoc(db, summary.playbookId));
    const playbook = playbooks.get(summary.playbookId);
    if (plan && playbook) {
      portfolio.add(plan, playbook);
      plans += 1;
    }
    options.onProgress?.({ read: i + 1, total: summaries.length, plans });
  });
  return portfolio.report();
}
