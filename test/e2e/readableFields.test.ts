import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlaybookDoc, Step } from '../../shared/domain/playbook';
import { useHarnessAndBrowser } from './support/session';

const LONG = 'Economic buyer confirms in writing that the budget for this year covers the first phase, and names who signs the order.';

/** Text fields and panels whose content does not fit: scrolled sideways, or cut at the bottom. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const inspector = document.querySelector('.inspector')!;
    if (inspector.scrollWidth > inspector.clientWidth + 1) out.push(`inspector scrolls sideways (${inspector.scrollWidth} > ${inspector.clientWidth})`);
    if (document.documentElement.scrollWidth > window.innerWidth) out.push('page scrolls sideways');
    for (const field of Array.from(inspector.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=checkbox]):not([type=radio]):not([type=number]), textarea'))) {
      const name = field.getAttribute('aria-label') ?? field.id;
      if (field.scrollWidth > field.clientWidth + 1) out.push(`${name}: text runs past the right edge`);
      if (field.scrollHeight > field.clientHeight + 1) out.push(`${name}: text cut at the bottom`);
      const box = field.getBoundingClientRect();
      if (box.right > inspector.getBoundingClientRect().right + 1) out.push(`${name}: field runs out of the panel`);
    }
    return out;
  });
}

describe('reading and editing long text, in Chromium through the harness', () => {
  const session = useHarnessAndBrowser();

  for (const size of [
    { width: 1400, height: 900 },
    { width: 900, height: 700 },
  ]) {
    it(`shows whole exit criteria, descriptions and assumptions at ${size.width}×${size.height}`, async () => {
      const { harness, browser } = session;
      const { page } = browser;
      await page.setViewportSize(size);
      const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
      const id = doc.playbook.id;
      const stage = doc.stages.find((s) => s.lane === 'buyer' && s.exitCriteria.length > 0)!;
      stage.exitCriteria = [...stage.exitCriteria, { id: crypto.randomUUID(), statement: LONG, actor: 'buyer' }];
      await harness.call('putStage', { playbookId: id, stage });
      const step: Step = { ...doc.steps[0]!, description: `${LONG}\n\n${LONG} ${LONG}`, exitCriteria: [{ id: crypto.randomUUID(), statement: LONG, actor: 'seller' }] };
      await harness.call('putStep', { playbookId: id, step });
      await page.goto(`${harness.url}#/playbook/${id}`);
      await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);

      // No selection: the assumptions.
      await page.getByRole('heading', { name: 'Assumptions about how customers buy' }).waitFor();
      expect(await overflowing(page)).toEqual([]);

      // A stage and its criteria.
      await page.getByRole('button', { name: `Buyer journey stage: ${stage.name}` }).click({ position: { x: 12, y: 10 } });
      await page.getByRole('heading', { name: 'Buyer stage' }).waitFor();
      expect(await page.getByLabel(`Exit criterion ${stage.exitCriteria.length}`, { exact: true }).inputValue()).toBe(LONG);
      expect(await overflowing(page)).toEqual([]);

      // A step: description, criteria and title.
      await page.locator(`[data-id="${step.id}"]`).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Buyer step' }).waitFor();
      expect(await page.getByLabel('Exit criterion 1', { exact: true }).inputValue()).toBe(LONG);
      expect(await overflowing(page)).toEqual([]);

      // A long criterion typed in grows its field rather than scrolling.
      await page.getByRole('button', { name: 'Add exit criterion' }).click();
      await page.getByLabel('Exit criterion 2', { exact: true }).fill(`${LONG} ${LONG}`);
      expect(await overflowing(page)).toEqual([]);
    });
  }

  it('refuses a title past 300 characters visibly, and saves nothing until it is shortened', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.setViewportSize({ width: 1400, height: 900 });
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    const step = doc.steps[0]!;
    await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
    await page.locator(`[data-id="${step.id}"]`).focus();
    await page.keyboard.press('Enter');
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('x'.repeat(301));
    await title.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Too long: 301 of at most 300 characters' }).waitFor();
    expect(await title.inputValue()).toHaveLength(301);
    await page.waitForTimeout(800);
    expect((await harness.call<PlaybookDoc>('getPlaybook', { id: doc.playbook.id })).steps.find((s) => s.id === step.id)!.title).toBe(step.title);
    await title.press('Backspace');
    await title.press('Enter');
    await page.getByText('All changes saved').waitFor();
    await expect.poll(async () => (await harness.call<PlaybookDoc>('getPlaybook', { id: doc.playbook.id })).steps.find((s) => s.id === step.id)!.title).toBe('x'.repeat(300));
  });

  it('shows every chip on a card, and its whole title on hover and when selected', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'b2b-saas-new-logo' });
    const step: Step = {
      ...doc.steps.find((s) => s.techniques.length > 0)!,
      title: 'Agree decision criteria and the approval process with the whole buying group, including procurement and legal',
      expectedDays: 21,
      exitCriteria: [
        { id: crypto.randomUUID(), statement: 'Buyer shares the criteria', actor: 'buyer' },
        { id: crypto.randomUUID(), statement: 'Buyer names the approvers', actor: 'buyer' },
      ],
    };
    await harness.call('putStep', { playbookId: doc.playbook.id, step });
    await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
    const card = page.locator(`[data-id="${step.id}"]`);
    await card.waitFor();
    const chipsOutside = () =>
      card.evaluate((node) => {
        const box = node.getBoundingClientRect();
        return Array.from(node.querySelectorAll('.chip'))
          .filter((c) => {
            const r = c.getBoundingClientRect();
            return r.right > box.right || r.bottom > box.bottom || r.width === 0;
          })
          .map((c) => c.textContent);
      });
    expect(await card.locator('.chip').allTextContents()).toEqual([`${step.techniques.length} technique${step.techniques.length === 1 ? '' : 's'}`, '2 criteria', '21 d']);
    expect(await chipsOutside()).toEqual([]);
    expect(await card.locator('.step-title').getAttribute('title')).toBe(step.title);
    const titleCut = () => card.locator('.step-title').evaluate((t) => t.scrollHeight > t.clientHeight + 1);
    expect(await titleCut()).toBe(true);
    await card.locator('.step-title').click();
    await expect.poll(titleCut).toBe(false);
  });
});
