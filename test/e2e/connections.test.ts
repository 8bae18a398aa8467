import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { useHarnessAndBrowser } from './support/session';

async function centre(page: Page, selector: string) {
  const box = (await page.locator(selector).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y - 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

describe('making a link by dragging, in Chromium through the harness', () => {
  const session = useHarnessAndBrowser();

  it('links to a card when the drag is released anywhere on it, and says why when a drop links nothing', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    const id = doc.playbook.id;
    await page.goto(`${harness.url}#/playbook/${id}`);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);
    await page.getByRole('button', { name: 'Fit View', exact: true }).click();
    await page.waitForTimeout(400);

    const laneOf = (stepId: string) => doc.stages.find((s) => s.id === doc.steps.find((st) => st.id === stepId)!.stageId)!.lane;
    const seller = doc.steps.find((s) => laneOf(s.id) === 'seller')!;
    const mirrored = new Set(doc.links.filter((l) => l.sourceId === seller.id).map((l) => l.targetId));
    const buyer = doc.steps.find((s) => laneOf(s.id) === 'buyer' && !mirrored.has(s.id))!;
    const handle = `[data-id="${seller.id}"] .react-flow__handle-top`;

    // Released on the middle of the buyer card, far from its handles.
    await drag(page, await centre(page, handle), await centre(page, `[data-id="${buyer.id}"]`));
    await page.getByText('All changes saved').waitFor();
    await expect
      .poll(async () => (await harness.call<PlaybookDoc>('getPlaybook', { id })).links.filter((l) => l.sourceId === seller.id && l.targetId === buyer.id))
      .toEqual([expect.objectContaining({ kind: 'mirror', relation: 'supports' })]);

    // The same card again: refused, with the reason.
    await drag(page, await centre(page, handle), await centre(page, `[data-id="${buyer.id}"]`));
    await page.getByText('Not connected: This seller step already mirrors that buyer step.').waitFor();

    // Released on empty lane space: nothing to link to, and the user is told.
    const lane = (await page.locator('[data-lane="buyer"]').boundingBox())!;
    await drag(page, await centre(page, handle), { x: lane.x + lane.width - 30, y: lane.y + lane.height - 12 });
    await page.getByText('Not connected: release the link on the step you want to link to.').waitFor();
    expect((await harness.call<PlaybookDoc>('getPlaybook', { id })).links.length).toBe(doc.links.length + 1);
    expect(browser.errors).toEqual([]);
  });
});
