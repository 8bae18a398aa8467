import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { useHarnessAndBrowser } from './support/session';

describe('the Analysis panel in Chromium, through the harness', () => {
  const session = useHarnessAndBrowser();

  it('shows coverage, drops it live when a mirror link is removed, and a click on the finding selects the step', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    const buyerStageIds = new Set(doc.stages.filter((s) => s.lane === 'buyer').map((s) => s.id));
    const mirrors = doc.links.filter((l) => l.kind === 'mirror');
    // A buyer step exactly one seller step supports: removing that link leaves it unsupported.
    const buyer = doc.steps.find((s) => buyerStageIds.has(s.stageId) && mirrors.filter((l) => l.targetId === s.id).length === 1)!;
    const link = mirrors.find((l) => l.targetId === buyer.id)!;
    const seller = doc.steps.find((s) => s.id === link.sourceId)!;
    const buyerCount = doc.steps.filter((s) => buyerStageIds.has(s.stageId)).length;
    const supportedBefore = new Set(mirrors.map((l) => l.targetId)).size;

    await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
    const overall = page.locator('.coverage-overall');
    await expect.poll(() => overall.textContent()).toContain(`(${supportedBefore} of ${buyerCount})`);
    const finding = page.locator('.finding[data-kind="unsupported-buyer-step"]', { hasText: `"${buyer.title}"` });
    expect(await finding.count()).toBe(0);

    await page.locator(`.react-flow__node[data-id="${seller.id}"]`).click();
    await page.getByRole('button', { name: `Remove link: ${link.relation ?? 'supports'} → ${buyer.title}` }).click();

    await expect.poll(() => overall.textContent()).toContain(`(${supportedBefore - 1} of ${buyerCount})`);
    await expect.poll(() => finding.count()).toBe(1);
    await finding.getByRole('button').click();
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${buyer.id}"].selected`).count()).toBe(1);
    await page.getByLabel('Title').first().waitFor();
    expect(await page.getByLabel('Title').first().inputValue()).toBe(buyer.title);

    // Undo brings the link back, and the finding goes.
    await page.keyboard.press('Control+z');
    await expect.poll(() => finding.count()).toBe(0);
    await expect.poll(() => overall.textContent()).toContain(`(${supportedBefore} of ${buyerCount})`);
  });
});
