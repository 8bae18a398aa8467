import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { useHarnessAndBrowser } from './support/session';

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return null;
    return el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ?? null;
  });

describe('adding and naming, in Chromium through the harness', () => {
  const session = useHarnessAndBrowser();
  let doc: PlaybookDoc;
  const saved = () => session.harness.call<PlaybookDoc>('getPlaybook', { id: doc.playbook.id });
  const allSaved = () => session.browser.page.getByText('All changes saved').waitFor();

  it('adds a buyer step to the selected stage, or to the selected step’s stage, and puts the cursor in its title', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);
    const buyerStages = doc.stages.filter((s) => s.lane === 'buyer').sort((a, b) => a.order - b.order);

    await page.getByRole('button', { name: `Buyer journey stage: ${buyerStages[1]!.name}` }).click({ position: { x: 12, y: 10 } });
    await page.getByRole('button', { name: 'Add buyer step' }).click();
    expect(await focusedLabel(page)).toBe('Title');
    await page.keyboard.type('Book a demo');
    await page.keyboard.press('Enter');
    await allSaved();
    let after = await saved();
    expect(after.steps.find((s) => s.title === 'Book a demo')?.stageId).toBe(buyerStages[1]!.id);

    const inThird = doc.steps.find((s) => s.stageId === buyerStages[2]!.id)!;
    await page.locator(`[data-id="${inThird.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add buyer step' }).click();
    await page.keyboard.type('Ask for references');
    await page.keyboard.press('Enter');
    await allSaved();
    after = await saved();
    expect(after.steps.find((s) => s.title === 'Ask for references')?.stageId).toBe(buyerStages[2]!.id);
  });

  it('puts the cursor in a new stage’s name and a new exit criterion, and suggests seller roles for a seller step', async () => {
    const { browser } = session;
    const { page } = browser;
    await page.getByRole('button', { name: 'Add seller stage' }).click();
    await page.getByRole('heading', { name: 'Seller stage' }).waitFor();
    expect(await focusedLabel(page)).toBe('Name');
    await page.keyboard.type('Hand over to success');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add exit criterion' }).click();
    expect(await focusedLabel(page)).toBe('Exit criterion 1');
    await page.keyboard.type('Customer has logged in with their own data');
    await page.keyboard.press('Enter');
    await allSaved();
    const stage = (await saved()).stages.find((s) => s.name === 'Hand over to success')!;
    expect(stage.exitCriteria.map((c) => c.statement)).toEqual(['Customer has logged in with their own data']);

    await page.getByRole('button', { name: 'Add seller step' }).click();
    expect(await page.getByLabel('Who does it').getAttribute('placeholder')).toMatch(/Account executive/);
  });

  it('refuses an empty playbook name visibly and keeps the old one; the description is editable', async () => {
    const { browser } = session;
    const { page } = browser;
    await page.reload();
    const name = page.getByLabel('Playbook name');
    // The playbook has loaded into the field before it is cleared: on a busy machine the reload's
    // load could otherwise land after the edit and write the name back over it.
    await expect.poll(() => name.inputValue()).toBe(doc.playbook.name);
    await name.fill('');
    await name.press('Enter');
    await page.getByText(`A playbook needs a name: it stays “${doc.playbook.name}”.`).waitFor();
    expect(await name.inputValue()).toBe(doc.playbook.name);
    expect((await saved()).playbook.name).toBe(doc.playbook.name);

    const description = page.getByLabel('Description', { exact: true });
    expect(await description.inputValue()).toBe(doc.playbook.description);
    await description.fill('For inbound SMB deals under 10k a year.');
    await description.blur();
    await allSaved();
    await expect.poll(async () => (await saved()).playbook.description).toBe('For inbound SMB deals under 10k a year.');
    expect(browser.errors).toEqual([]);
  });
});
