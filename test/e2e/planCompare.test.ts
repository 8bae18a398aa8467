import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { addOwnStep, moveStep, skipStep } from '../../shared/plan/deviations';
import type { PlanDoc } from '../../shared/plan/plan';
import { useHarnessAndBrowser } from './support/session';

describe('a deal plan compared with its pinned playbook version', () => {
  const session = useHarnessAndBrowser();

  it('lists and draws the rep’s departures: the skipped step as removed, their own step as added, the moved one as moved', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const playbook = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    await harness.call('publishPlaybook', { id: playbook.playbook.id });
    let plan = await harness.call<PlanDoc>('createPlan', { playbookId: playbook.playbook.id, account: 'Acme Corp' });
    const buyerStages = playbook.stages.filter((s) => s.lane === 'buyer').sort((a, b) => a.order - b.order);
    const sellerStages = playbook.stages.filter((s) => s.lane === 'seller').sort((a, b) => a.order - b.order);
    const context = { newId: () => crypto.randomUUID(), now: '2026-11-20T10:00:00.000Z' };
    const skipped = plan.steps.find((s) => s.stageId === buyerStages[1]!.id)!;
    plan = skipStep(plan, skipped.id, { category: 'alreadyDone', reason: 'They trialled a competitor last year.' }, context);
    const moved = plan.steps.find((s) => s.stageId === sellerStages[0]!.id)!;
    plan = moveStep(plan, moved.id, { stageId: sellerStages[1]!.id, x: 40, y: 400 }, { category: 'timing', reason: 'Later in this deal.' }, context);
    const own = addOwnStep(plan, { lane: 'buyer', stageId: buyerStages[0]!.id, title: 'Security review, early', x: 40, y: 500 }, { category: 'customer', reason: 'Their security team asked.' }, context);
    plan = own.plan;
    await harness.call('putPlan', { doc: plan });

    await page.goto(`${harness.url}#/plan/${plan.plan.id}`);
    await page.reload();
    await page.locator('.react-flow__node-planStep').first().waitFor();
    const button = page.getByRole('button', { name: 'Compare with playbook' });
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const panel = page.getByRole('complementary', { name: 'Compare with playbook' });
    await panel.getByRole('status').filter({ hasText: `7 changes from ${playbook.playbook.name} v1:` }).waitFor();

    const removedLine = panel.getByRole('button', { name: `Buyer step '${skipped.title}' removed from ${buyerStages[1]!.name}` });
    const movedLine = panel.getByRole('button', { name: `Seller step '${moved.title}' moved from ${sellerStages[0]!.name} to ${sellerStages[1]!.name}` });
    const addedLine = panel.getByRole('button', { name: `Buyer step 'Security review, early' added to ${buyerStages[0]!.name}` });
    await Promise.all([removedLine.waitFor(), movedLine.waitFor(), addedLine.waitFor()]);
    // The same words as `tandem diff` would print, on the cards of this plan.
    const badge = (id: string) => page.locator(`.react-flow__node[data-id="${id}"] .change-badge`).innerText();
    expect(await badge(skipped.id)).toBe('Removed');
    expect(await badge(moved.id)).toBe('Moved');
    expect(await badge(own.stepId)).toBe('Added');
    const outline = await page.locator(`.react-flow__node[data-id="${moved.id}"] > *`).evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(outline).toBe('dotted');

    await movedLine.click();
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${moved.id}"].selected`).count()).toBe(1);

    await button.click();
    expect(await panel.count()).toBe(0);
    expect(await page.locator('.change-badge').count()).toBe(0);
  });
});
