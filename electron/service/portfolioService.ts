import type { ApiHandlers } from '../../shared/api/contract';
import { TandemError } from '../../shared/api/errors';
import type { NewId } from '../../shared/domain/ids';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { versionElementId } from '../../shared/domain/versionIds';
import { findIntegrityProblems } from '../../shared/domain/integrity';
import type { PortfolioReport } from '../../shared/portfolio/portfolio';
import { applyProposal, proposePromotions, type Proposal } from '../../shared/portfolio/promotion';
import type { Db } from '../db/database';
import { readPlaybookDoc, replacePlaybookContent } from '../db/playbookDocument';
import { listPlaybookSummaries } from '../db/playbooksTable';
import type { ReviewSource } from '../work/portfolioMessages';
import type { PortfolioRunner } from '../work/portfolioRunner';
import { reviewSavedPlans } from '../work/portfolioSaved';
import { reviewPlanFolder } from '../work/portfolioScan';

export interface PortfolioOptions {
  newId: NewId;
  now: () => string;
  /** Starts (or finds) the next draft of a published version, as the playbook service does. */
  startVersion: (id: string) => { id: string };
  /** Runs reviews off this thread (a worker with its own connection); without it they run here. */
  reviews?: PortfolioRunner;
  /** The system's folder picker (the shell's dialog, or what the test harness stands in with). */
  chooseFolder?: () => Promise<string | null>;
}

type PortfolioOps = 'reviewPortfolio' | 'chooseReviewFolder' | 'reviewPlanFolder' | 'portfolioProgress' | 'cancelPortfolioReview' | 'proposePromotions' | 'acceptPromotion';

/**
 * The portfolio review over the plans saved here or the plan files of a folder (the same evidence
 * `tandem review` gives), and promoting what it finds into the next version of a playbook.
 */
export function createPortfolioHandlers(db: Db, options: PortfolioOptions): Pick<ApiHandlers, PortfolioOps> {
  // Only folders the user picked can be read: the page cannot send the service into any other.
  const chosen = new Set<string>();
  const checked = (folder: string) => {
    if (!chosen.has(folder)) throw new TandemError('invalid-argument', 'Choose the folder with "Review a folder…" first.');
    return folder;
  };
  const review = (source: ReviewSource): Promise<PortfolioReport> | PortfolioReport => {
    if (options.reviews) return options.reviews.review(source);
    // Stryker disable next-line ObjectLiteral: only a narrower scan; the caller picks the playbook's evidence from the report.
    const scan = source.playbookId ? { playbookId: source.playbookId } : {};
    return source.kind === 'folder' ? reviewPlanFolder(source.folder, scan) : reviewSavedPlans(db, scan);
  };
  const sourceOf = (playbookId: string, folder: string | undefined): ReviewSource =>
    folder === undefined ? { kind: 'database', playbookId } : { kind: 'folder', folder: checked(folder), playbookId };
  const proposalsFor = async (playbookId: string, folder: string | undefined): Promise<Proposal[]> => {
    // Stryker disable next-line ConditionalExpression: the review was already narrowed to this playbook; the find is a second guard.
    const evidence = (await review(sourceOf(playbookId, folder))).playbooks.find((p) => p.playbookId === playbookId);
    return evidence ? proposePromotions(evidence) : [];
  };

  return {
    reviewPortfolio: async () => review({ kind: 'database' }),
    chooseReviewFolder: async () => {
      if (!options.chooseFolder) throw new TandemError('failed', 'Choosing a folder is not available here.');
      const folder = await options.chooseFolder();
      if (folder !== null) chosen.add(folder);
      return folder;
    },
    reviewPlanFolder: async ({ folder }) => review({ kind: 'folder', folder: checked(folder) }),
    portfolioProgress: () => options.reviews?.progress() ?? null,
    cancelPortfolioReview: () => options.reviews?.cancel() ?? false,
    proposePromotions: ({ playbookId, folder }) => proposalsFor(playbookId, folder),
    acceptPromotion: async ({ playbookId, stepId, measure, folder }) => {
      if (!readPlaybookDoc(db, playbookId)) {
        // From a folder, the evidence may be about a version saved on another machine.
        throw new TandemError('not-found', folder === undefined ? `No playbook with id "${playbookId}".` : 'This playbook version is not in Tandem here: import it, then promote.');
      }
      // The evidence is read off this thread; a review cancelled meanwhile leaves everything as it was.
      const proposal = (await proposalsFor(playbookId, folder)).find((p) => p.stepId === stepId && p.measure === measure);
      if (!proposal) throw new TandemError('not-found', folder === undefined ? 'The plans here no longer support this change.' : 'The plans in that folder no longer support this change.');
      return db.transaction(() => {
        const draftId = options.startVersion(playbookId).id;
        const draft = readPlaybookDoc(db, draftId)!;
        // The draft is this playbook's next version, whose element ids derive from this playbook's, so
        // the evidence's ids can be followed into it.
        const inDraft = (id: string) => versionElementId(draftId, id);
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
      })();
    },
  };
}
