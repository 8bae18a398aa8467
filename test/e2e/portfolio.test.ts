import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { skipStep } from '../../shared/plan/deviations';
import type { PlanDoc } from '../../shared/plan/plan';
import { useHarnessAndBrowser } from './support/session';

describe('the portfolio review in Chromium, through the harness', () => {
  const session = useHarnessAndBrowser();

  it('shows departures with their samples, and promoting one opens the next draft with the change', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    await harness.call('publishPlaybook', { id: doc.playbook.id });
    const seller = doc.steps.find((s) => doc.stages.find((st) => st.id === s.stageId)!.lane === 'seller')!;
    // 12 closed deals: the 6 that skip the seller step win 5, the 6 that keep it win 1.
    for (let i = 0; i < 12; i++) {
      let plan = await harness.call<PlanDoc>('createPlan', { playbookId: doc.playbook.id, account: `Account ${i}` });
      const skips = i < 6;
      plan = { ...plan, plan: { ...plan.plan, outcome: (skips ? i < 5 : i === 6) ? 'won' : 'lost' } };
      if (skips) plan = skipStep(plan, plan.steps.find((s) => s.playbookStepId === seller.id)!.id, { category: 'notRelevant', reason: 'Not needed' }, { newId: () => `skip-${i}`, now: '2026-11-20T10:00:00.000Z' });
      await harness.call('putPlan', { doc: plan });
    }

    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Portfolio review' }).click();
    await page.getByRole('heading', { name: `${doc.playbook.name} — version 1` }).waitFor();
    const row = page.locator('.portfolio-table tr', { hasText: seller.title });
    await expect.poll(() => row.textContent()).toContain('Skipped');
    expect(await row.textContent()).toContain('83% won (n=6)');
    expect(await row.textContent()).toContain('17% won (n=6)');

    await page.getByRole('button', { name: new RegExp(`^Promote: Remove "${seller.title}"`) }).click();
    const dialog = page.getByRole('dialog', { name: 'Promote into the next version?' });
    expect(await dialog.textContent()).toContain('Account 0, Account 1, Account 2, Account 3, Account 4, Account 5');
    await dialog.getByRole('button', { name: 'Accept and open the draft' }).click();

    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length - 1);
    expect(await page.locator('.react-flow__node-step', { hasText: seller.title }).count()).toBe(0);
    const list = await harness.call<Array<{ version: number; status: string; parentId: string | null }>>('listPlaybooks');
    expect(list).toContainEqual(expect.objectContaining({ version: 2, status: 'draft', parentId: doc.playbook.id }));
  });
});
