import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { accessibilityViolations } from './support/axe';
import { useHarnessAndBrowser } from './support/session';

/** How far a step's card is from the middle of the canvas, in screen pixels, and whether it is selected. */
async function whereIs(page: Page, stepId: string) {
  return page.evaluate((id) => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const node = document.querySelector(`.react-flow__node[data-id="${id}"]`);
    if (!node) return null;
    const r = node.getBoundingClientRect();
    return {
      off: Math.round(Math.hypot(r.left + r.width / 2 - (pane.left + pane.width / 2), r.top + r.height / 2 - (pane.top + pane.height / 2))),
      selected: node.classList.contains('selected'),
      width: r.width,
    };
  }, stepId);
}

/** Whether every step card is inside the canvas's visible area. */
const allInView = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node-step')].every((node) => {
      const r = node.getBoundingClientRect();
      return r.left >= pane.left - 1 && r.right <= pane.right + 1 && r.top >= pane.top - 1 && r.bottom <= pane.bottom + 1;
    });
  });

describe('find a step, zoom to fit and to selection, in Chromium through the harness', () => {
  const session = useHarnessAndBrowser();

  it('Ctrl+F finds steps by text, Enter and Shift+Enter walk the matches, each selected and centred; Escape closes', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'b2b-saas-new-logo' });
    await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);

    // The seller lane's last stage: far from where the playbook opens.
    const sellerStages = doc.stages.filter((s) => s.lane === 'seller').sort((a, b) => b.order - a.order);
    const target = doc.steps.find((s) => s.stageId === sellerStages[0]!.id && s.title.length > 8)!;
    const word = target.title.slice(0, 12);
    const expected = doc.steps.filter((s) => s.title.toLowerCase().includes(word.toLowerCase()));

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    const input = page.getByRole('searchbox', { name: 'Find a step' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill(word);
    const count = page.locator('.find-count');
    await expect.poll(() => count.textContent()).toBe(`1 of ${expected.length}`);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Walk to the target: the match is selected, shown in the inspector and in the middle of the view.
    for (let i = 0; i < expected.length && (await page.getByLabel('Title', { exact: true }).inputValue()) !== target.title; i++) await input.press('Enter');
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(target.title);
    await expect.poll(async () => (await whereIs(page, target.id))?.off).toBeLessThan(4);
    expect((await whereIs(page, target.id))?.selected).toBe(true);

    if (expected.length > 1) {
      await input.press('Shift+Enter');
      await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).not.toBe(target.title);
      await input.press('Enter');
      await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(target.title);
    }

    await input.fill('no step says this');
    await expect.poll(() => count.textContent()).toBe('No matches');
    await input.press('Escape');
    await expect.poll(() => page.getByRole('search', { name: 'Find a step' }).count()).toBe(0);

    // Zoom to fit shows every step; zoom to selection brings the selected one up close.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Digit1');
    await expect.poll(() => allInView(page)).toBe(true);
    const fitWidth = (await whereIs(page, target.id))!.width;
    await page.locator(`.react-flow__node[data-id="${target.id}"]`).click();
    await page.getByRole('button', { name: 'Zoom to selection' }).click();
    await expect.poll(async () => (await whereIs(page, target.id))!.off).toBeLessThan(4);
    expect((await whereIs(page, target.id))!.width).toBeGreaterThan(fitWidth * 1.5);
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(() => allInView(page)).toBe(true);
  });
});
