import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../shared/api/contract';
import { REVIEW_CANCELLED } from '../../shared/api/portfolioOps';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { skipStep } from '../../shared/plan/deviations';
import { newPlanFromPlaybook } from '../../shared/plan/newPlan';
import { createPortfolio, type PortfolioReport } from '../../shared/portfolio/portfolio';
import { BUILT_IN_TEMPLATES } from '../../shared/templates/index';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { useNotices } from '../ui/notices';
import { PortfolioScreen } from './PortfolioScreen';
import { useReview } from './reviewStore';

let n = 0;
const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'transactional-smb')!;
const built = instantiateTemplate(template, { newId: () => `pb-${++n}`, now: '2026-01-01T00:00:00.000Z' });
const playbook: PlaybookDoc = { ...built, playbook: { ...built.playbook, status: 'published' } };
const seller = playbook.steps.find((s) => playbook.stages.find((st) => st.id === s.stageId)!.lane === 'seller')!;

/** A folder's report: 12 closed deals, the 6 that skip the seller step win 5, the others 1; one broken file. */
function folderReport(): PortfolioReport {
  const portfolio = createPortfolio();
  for (let i = 0; i < 12; i++) {
    const context = { newId: () => `p-${++n}`, now: '2026-11-01T00:00:00.000Z' };
    let plan = newPlanFromPlaybook(playbook, { account: `Account ${i}` }, context);
    plan = { ...plan, plan: { ...plan.plan, outcome: (i < 6 ? i < 5 : i === 6) ? 'won' : 'lost' } };
    if (i < 6) plan = skipStep(plan, plan.steps.find((s) => s.playbookStepId === seller.id)!.id, { category: 'notRelevant', reason: 'Small deal' }, context);
    portfolio.add(plan, playbook);
  }
  portfolio.skip('broken.tandem', 'Not valid JSON: the text ends too early (line 1, column 21).');
  return portfolio.report();
}

const EMPTY: PortfolioReport = { plans: 0, skipped: [], playbooks: [] };

function mockApi(options: { savedPlaybookIds: string[] }) {
  const api = {
    reviewPortfolio: vi.fn(async () => EMPTY),
    chooseReviewFolder: vi.fn(async () => '/home/ana/plans from reps'),
    reviewPlanFolder: vi.fn(async () => folderReport()),
    portfolioProgress: vi.fn(async () => null),
    cancelPortfolioReview: vi.fn(async () => true),
    listPlaybooks: vi.fn(async () => options.savedPlaybookIds.map((id) => ({ id }))),
    acceptPromotion: vi.fn(async () => ({ id: 'draft-2', version: 2 })),
  };
  Object.defineProperty(window, 'api', { value: api as unknown as Api, configurable: true });
  return api;
}

afterEach(() => {
  cleanup();
  useNotices.setState({ notices: [] });
  useReview.setState({ source: { kind: 'database' }, report: null, running: false });
});

describe('PortfolioScreen', () => {
  it('reviews a picked folder: its name, the skipped files with their reason, and proposals it cannot promote when the version is not here', async () => {
    const api = mockApi({ savedPlaybookIds: [] });
    render(<PortfolioScreen />);
    await screen.findByText(/No deal plans yet/);
    // Nothing reviewed yet, nothing to export.
    expect((screen.getByRole('button', { name: 'Export report…' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Review a folder…' }));
    await screen.findByRole('heading', { level: 1, name: 'Portfolio review: plans from reps' });
    expect((screen.getByRole('button', { name: 'Export report…' }) as HTMLButtonElement).disabled).toBe(false);
    expect(api.reviewPlanFolder).toHaveBeenCalledWith({ folder: '/home/ana/plans from reps' });
    const skipped = screen.getByRole('region', { name: 'Files skipped (1)' });
    expect(within(skipped).getByRole('listitem').textContent).toBe('broken.tandem: Not valid JSON: the text ends too early (line 1, column 21).');
    await screen.findByText(/not in Tandem here: import it/);
    expect(screen.getByText(new RegExp(`^Remove "${seller.title}"`))).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Promote:/ })).toBeNull();
  });

  it("promotes from the folder's evidence when the version is here, telling the main process which folder", async () => {
    const api = mockApi({ savedPlaybookIds: [playbook.playbook.id] });
    render(<PortfolioScreen />);
    await screen.findByText(/No deal plans yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Review a folder…' }));
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(`^Promote: Remove "${seller.title}"`) }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Accept and open the draft' }));
    await waitFor(() => expect(api.acceptPromotion).toHaveBeenCalledWith({ playbookId: playbook.playbook.id, stepId: seller.id, measure: 'skipped', folder: '/home/ana/plans from reps' }));
  });

  it('a cancelled review keeps what was shown and says nothing changed', async () => {
    const api = mockApi({ savedPlaybookIds: [] });
    let cancel: ((error: Error) => void) | undefined;
    api.reviewPlanFolder.mockImplementation(() => new Promise<PortfolioReport>((_resolve, reject) => (cancel = reject)));
    api.portfolioProgress.mockImplementation(async () => ({ source: 'folder', read: 120, total: 1000, plans: 118, elapsedMs: 900, waiting: 0 }) as never);
    api.cancelPortfolioReview.mockImplementation(async () => {
      cancel?.(new Error(REVIEW_CANCELLED));
      return true;
    });
    render(<PortfolioScreen />);
    await screen.findByText(/No deal plans yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Review a folder…' }));
    const status = await screen.findByText('Reviewing: 120 of 1,000 files read, 118 plans counted');
    expect(status).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel review' })));
    await waitFor(() => expect(useNotices.getState().notices.map((n) => n.text)).toContain('Review cancelled; nothing was changed.'));
    expect(screen.queryByText(/^Reviewing:/)).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Portfolio review');
    expect(screen.getByText(/No deal plans yet/)).toBeTruthy();
  });

  it('a review started while one runs replaces it: the older one is cancelled and only the newer one shows', async () => {
    const api = mockApi({ savedPlaybookIds: [] });
    const pending: Array<{ resolve: (r: PortfolioReport) => void; reject: (e: Error) => void }> = [];
    api.reviewPlanFolder.mockImplementation(() => new Promise<PortfolioReport>((resolve, reject) => pending.push({ resolve, reject })));
    api.cancelPortfolioReview.mockImplementation(async () => {
      pending.shift()?.reject(new Error(REVIEW_CANCELLED));
      return true;
    });
    render(<PortfolioScreen />);
    await screen.findByText(/No deal plans yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Review a folder…' }));
    await waitFor(() => expect(api.reviewPlanFolder).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole('button', { name: 'Review a folder…' }));
    await waitFor(() => expect(api.reviewPlanFolder).toHaveBeenCalledTimes(2));
    expect(api.cancelPortfolioReview).toHaveBeenCalledTimes(1);
    await act(async () => pending.shift()!.resolve(folderReport()));
    await screen.findByRole('heading', { level: 1, name: 'Portfolio review: plans from reps' });
    // The replaced review's end is not news to the user.
    expect(useNotices.getState().notices).toEqual([]);
  });
});
