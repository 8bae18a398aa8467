import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { contrastViolations } from './support/axe';
import { useHarnessAndBrowser } from './support/session';

/** The page's background colour, to tell which theme is showing. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const isDark = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return r! + g! + b! < 3 * 96;
};

/** The screens people spend their day on, each checked for WCAG AA contrast. */
async function expectReadable(page: Page, url: string, doc: PlaybookDoc) {
  await page.goto(url);
  await page.getByRole('button', { name: 'New playbook' }).waitFor();
  expect(await contrastViolations(page)).toEqual([]);

  await page.goto(`${url}#/playbook/${doc.playbook.id}`);
  await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);
  const step = doc.steps.find((s) => s.required) ?? doc.steps[0]!;
  await page.locator(`.react-flow__node[data-id="${step.id}"]`).click();
  await page.getByLabel('Title', { exact: true }).waitFor();
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find a step' }).fill(step.title.slice(0, 6));
  await page.waitForTimeout(300);
  expect(await contrastViolations(page)).toEqual([]);
}

describe('light and dark themes meet WCAG AA contrast (axe-core in Chromium)', () => {
  const session = useHarnessAndBrowser();

  it('follows the system (dark when it prefers dark, light when it prefers light) unless Preferences picks one; both with no contrast violation', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'b2b-saas-new-logo' });

    await page.emulateMedia({ colorScheme: 'dark' });
    await expectReadable(page, harness.url, doc);
    expect(isDark(await background(page))).toBe(true);

    await page.emulateMedia({ colorScheme: 'light' });
    await expectReadable(page, harness.url, doc);
    expect(isDark(await background(page))).toBe(false);
 
    // The choice in Preferences wins over the system's.
    await harness.call('setAppPreferences', { theme: 'dark' });
    await page.reload();
    await expect.poll(async () => isDark(await background(page))).toBe(true);
    await harness.call('setAppPreferences', { theme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect.poll(async () => isDark(await background(page))).toBe(false);
    await harness.call('setAppPreferences', { theme: 'system' });
  });
});
