import { create } from 'zustand';
import { REVIEW_CANCELLED } from '../../shared/api/portfolioOps';
import type { PortfolioReport } from '../../shared/portfolio/portfolio';
import { showError, useNotices } from '../ui/notices';

/** Where the evidence comes from: the plans saved here, or the plan files of a folder the user picked. */
export type ReviewSource = { kind: 'database' } | { kind: 'folder'; folder: string };

interface ReviewState {
  /** The source of the report shown. */
  source: ReviewSource;
  report: PortfolioReport | null;
  /** A review is running (on the main process's worker); the page stays usable meanwhile. */
  running: boolean;
  run: (source: ReviewSource) => Promise<void>;
  /** Picks a folder with the system's dialog and reviews it; nothing happens if the user cancels the dialog. */
  reviewFolder: () => Promise<void>;
  cancel: () => void;
}

// Only the latest review's answer is shown: one started meanwhile supersedes it.
let latest = 0;

export const useReview = create<ReviewState>()((set, get) => ({
  source: { kind: 'database' },
  report: null,
  running: false,
  run: async (source) => {
    const ticket = ++latest;
    // A new review replaces one still running: nobody will see the older one's answer.
    if (get().running) await window.api.cancelPortfolioReview().catch(() => false);
    set({ running: true });
    try {
      const report = source.kind === 'database' ? await window.api.reviewPortfolio() : await window.api.reviewPlanFolder({ folder: source.folder });
      if (ticket === latest) set({ source, report, running: false });
    } catch (error) {
      if (ticket !== latest) return;
      set({ running: false });
      // A cancelled review only reads: what was shown before stays, and nothing changed.
      if (error instanceof Error && error.message === REVIEW_CANCELLED) useNotices.getState().show('Review cancelled; nothing was changed.');
      else showError(error);
    }
  },
  reviewFolder: async () => {
    try {
      const folder = await window.api.chooseReviewFolder();
      if (folder !== null) await get().run({ kind: 'folder', folder });
    } catch (error) {
      showError(error);
    }
  },
  cancel: () => void window.api.cancelPortfolioReview().catch(showError),
}));
