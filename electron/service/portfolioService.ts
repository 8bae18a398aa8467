import type { ApiHandlers } from '../../shared/api/contract';
import { TandemError } from '../../shared/api/errors';
import type { NewId } from '../../shared/domain/ids';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { versionElementId } from '../../shared/domain/versionIds';
import { findIntegrityProblems } from '../../shared/domain/integrity';
import { createPortfolio, type PortfolioReport } from '../../shared/portfolio/portfolio';
import { applyProposal, proposePromotions } from '../../shared/portfolio/promotion';
import type { Db } from '../db/database';
import { listPlanSummaries, readPlanDoc } from '../db/planDocument';
import { readPlaybookDoc, replacePlaybookContent } from '../db/playbookDocument';
import { listPlaybookSummaries } from '../db/playbooksTable';

interface PortfolioOptions {
  newId: NewId;
  now: () => string;
  /** Starts (or finds) the next draft of a published version, as the playbook service does. */
  startVersion: (id: string) => { id: string };
}

/**
 * The portfolio review over the plans saved here (the same evidence `tandem review` gives for a
 * folder), and promoting what it finds into the next version of a playbook.
 */
export function createPortfolioHandlers(db: Db, options: PortfolioOptions): Pick<ApiHandlers, 'reviewPortfolio' | 'proposePromotions' | 'acceptPromotion'> {
  const review = (): PortfolioReport => {
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
  };
  const proposalsFor = (playbookId: string) => {
    const evidence = review().playbooks.find((p) => p.playbookId === playbookId);
    return evidence ? proposePromotions(evidence) : [];
  };

  return {
    reviewPortfolio: review,
    proposePromotions: ({ playbookId }) => proposalsFor(playbookId),
    acceptPromotion: ({ playbookId, stepId, measure }) =>
      db.transaction(() => {
        const proposal = proposalsFor(playbookId).find((p) => p.stepId === stepId && p.measure === measure);
        if (!proposal) throw new TandemError('not-found', 'The plans here no longer support this change.');
        const draftId = options.startVersion(playbookId).id;
        const draft = readPlaybookDoc(db, draftId)!;
        // A draft derives its element ids from its parent's, so the evidence's ids can be followed into it.
        const inDraft = (id: string) => (draft.playbook.parentId === playbookId ? versionElementId(draftId, id) : id);
        let changed: PlaybookDoc;
        try {
          changed = applyProposal(draft, proposal, inDraft, options.newId);
        } catch (error) {
          throw new TandemError('conflict', error instanceof Error ? error.message : String(error));
        }
        const problem = findIntegrityProblems(changed)[0];
        if (problem) throw new TandemError('invalid-argument', problem);
        replacePlaybookContent(db, { ...changed, playbook: { ...changed.playbook, updatedAt: options.now() } });
        return listPlaybookSummaries(db).find((p) => p.id === draftId)!;
      })(),
  };
}
