import type { ApiHandlers } from '../../shared/api/contract';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { createPortfolio } from '../../shared/portfolio/portfolio';
import type { Db } from '../db/database';
import { listPlanSummaries, readPlanDoc } from '../db/planDocument';
import { readPlaybookDoc } from '../db/playbookDocument';

/** The portfolio review over the plans saved here: the same evidence `tandem review` gives for a folder. */
export function createPortfolioHandlers(db: Db): Pick<ApiHandlers, 'reviewPortfolio'> {
  return {
    reviewPortfolio: () => {
      const portfolio = createPortfolio();
      const playbooks = new Map<string, PlaybookDoc | undefined>();
      // One plan at a time, each pinned version read once: memory follows the playbooks, not the plans.
      for (const summary of listPlanSummaries(db)) {
        const plan = readPlanDoc(db, summary.id);
        if (!plan) continue;
        if (!playbooks.has(summary.playbookId)) playbooks.set(summary.playbookId, readPlaybookDoc(db, summary.playbookId));
        const playbook = playbooks.get(summary.playbookId);
        if (playbook) portfolio.add(plan, playbook);
      }
      return portfolio.report();
    },
  };
}
