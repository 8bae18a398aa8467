import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { TemplateSummary } from '../../shared/api/contract';
import type { PlaybookDoc, PlaybookSummary } from '../../shared/domain/playbook';
import { useHarnessAndBrowser } from './support/session';

const HOSTILE = '<img src=x onerror=alert(1)>';

async function center(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`not visible: ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

async function fitView(page: Page) {
  await page.getByRole('button', { name: 'Fit View', exact: true }).click();
  // The drags that follow aim at handles: wait until every step is inside the canvas and the
  // view holds still over two frames.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
            const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
            if (!viewport || !pane) return resolve(false);
            const before = viewport.style.transform;
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const inside = [...document.querySelectorAll('.react-flow__node-step')].every((node) => {
                  const r = node.getBoundingClientRect();
                  return r.left >= pane.left && r.right <= pane.right && r.top >= pane.top && r.bottom <= pane.bottom;
                });
                resolve(inside && viewport.style.transform === before);
              }),
            );
          }),
      ),
    )
    .toBe(true);
}

async function allSaved(page: Page) {
  await page.getByText('All changes saved').waitFor();
}

describe('the playbook canvas in Chromium, through the harness', () => {
  const session = useHarnessAndBrowser();

  it('builds a playbook from a template, edits it on the canvas, and finds it all after a reload', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.goto(harness.url);
    await page.getByText('No playbooks yet').waitFor();

    const templates = await harness.call<TemplateSummary[]>('listTemplates');
    const b2b = templates.find((t) => t.id === 'b2b-saas-new-logo')!;
    await page.getByRole('button', { name: 'New playbook' }).click();
    await page.getByRole('radio', { name: /B2B SaaS new logo/ }).check();
    await page.getByRole('button', { name: 'Create playbook' }).click();

    const steps = page.locator('.react-flow__node-step');
    await expect.poll(() => steps.count()).toBe(b2b.buyerSteps + b2b.sellerSteps);
    await expect.poll(() => page.locator('.react-flow__node-step .step-buyer').count()).toBe(b2b.buyerSteps);
    expect(await page.getByText('Buyer journey', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Seller process', { exact: true }).isVisible()).toBe(true);
    const [summary] = await harness.call<PlaybookSummary[]>('listPlaybooks');
    const id = summary!.id;
    const template = await harness.call<PlaybookDoc>('getPlaybook', { id });
    for (const step of template.steps.slice(0, 5)) {
      await expect.poll(() => page.locator(`[data-id="${step.id}"]`).textContent()).toContain(step.title);
    }

    // A step in each lane, titled through the inspector; the hostile one must stay text.
    await page.getByRole('button', { name: 'Add buyer step' }).click();
    await page.getByLabel('Title', { exact: true }).fill(HOSTILE);
    await page.getByLabel('Title', { exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Add seller step' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Send the ROI model');
    await page.getByLabel('Title', { exact: true }).press('Enter');
    await allSaved(page);
    let saved = await harness.call<PlaybookDoc>('getPlaybook', { id });
    const buyerStep = saved.steps.find((s) => s.title === HOSTILE)!;
    const sellerStep = saved.steps.find((s) => s.title === 'Send the ROI model')!;
    expect(buyerStep).toBeDefined();
    expect(sellerStep).toBeDefined();

    // A mirror link: from the seller step's top edge to the buyer step.
    await fitView(page);
    await dragBetween(page, await center(page, `[data-id="${sellerStep.id}"] .react-flow__handle-top`), await center(page, `[data-id="${buyerStep.id}"] .react-flow__handle-bottom`));
    await allSaved(page);
    await expect.poll(() => page.locator('.react-flow__edge.edge-mirror').count()).toBe(template.links.filter((l) => l.kind === 'mirror').length + 1);
    saved = await harness.call<PlaybookDoc>('getPlaybook', { id });
    expect(saved.links.filter((l) => l.sourceId === sellerStep.id && l.targetId === buyerStep.id)).toEqual([
      expect.objectContaining({ kind: 'mirror', relation: 'supports' }),
    ]);

    // Drag a buyer step from the first stage into the third stage's column.
    const buyerStages = saved.stages.filter((s) => s.lane === 'buyer').sort((a, b) => a.order - b.order);
    const moving = saved.steps.find((s) => s.stageId === buyerStages[0]!.id && s.title !== HOSTILE)!;
    const from = await center(page, `[data-id="${moving.id}"] .step-title`);
    const third = await page.getByRole('button', { name: `Buyer journey stage: ${buyerStages[2]!.name}` }).boundingBox();
    await dragBetween(page, from, { x: third!.x + third!.width / 2, y: from.y + 10 });
    await allSaved(page);
    saved = await harness.call<PlaybookDoc>('getPlaybook', { id });
    const moved = saved.steps.find((s) => s.id === moving.id)!;
    expect(moved.stageId).toBe(buyerStages[2]!.id);
    const transformBefore = await page.locator(`[data-id="${moving.id}"]`).evaluate((el) => (el as HTMLElement).style.transform);

    // Reload: everything is still there, read back from the database.
    await page.reload();
    await expect.poll(() => steps.count()).toBe(b2b.buyerSteps + b2b.sellerSteps + 2);
    await expect.poll(() => page.locator(`[data-id="${moving.id}"]`).evaluate((el) => (el as HTMLElement).style.transform)).toBe(transformBefore);
    expect(await page.locator('.react-flow__edge').count()).toBe(saved.links.length);
    const hostileNode = page.locator(`[data-id="${buyerStep.id}"]`);
    expect(await hostileNode.locator('.step-title').textContent()).toBe(HOSTILE);
    expect(await page.locator('.react-flow img').count()).toBe(0);
    expect(await page.getByLabel('Playbook name').inputValue()).toBe('B2B SaaS new logo');

    expect(browser.dialogs).toEqual([]);
    expect(browser.errors).toEqual([]);
    const outside = browser.requests.filter((u) => !u.startsWith(harness.url) && !u.startsWith('data:'));
    expect(outside).toEqual([]);
  });

  it('refuses a senseless connection with a visible reason, and undoes a deletion', async () => {
    const { harness, browser } = session;
    // Its own playbook in its own tab, removed at the end: it needs nothing from the tests before it.
    const own = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'b2b-saas-new-logo', name: 'Connections and undo' });
    const summary = own.playbook;
    const page = await browser.context.newPage();
    onTestFinished(async () => {
      await page.close();
      await harness.call('deletePlaybook', { id: summary.id });
    });
    await page.goto(`${harness.url}#/playbook/${summary.id}`);
    const doc = await harness.call<PlaybookDoc>('getPlaybook', { id: summary.id });
    const seller = doc.links.find((l) => l.kind === 'mirror')!;
    await page.locator(`[data-id="${seller.sourceId}"]`).waitFor();
    await fitView(page);

    // The same mirror link again is a duplicate.
    await dragBetween(page, await center(page, `[data-id="${seller.sourceId}"] .react-flow__handle-top`), await center(page, `[data-id="${seller.targetId}"] .react-flow__handle-bottom`));
    await page.getByText('Not connected: This seller step already mirrors that buyer step.').waitFor();
    expect((await harness.call<PlaybookDoc>('getPlaybook', { id: summary.id })).links.length).toBe(doc.links.length);

    // Select a step that mirrors a buyer step, delete it with the keyboard, then undo: both come back.
    const victim = doc.steps.find((s) => s.id === seller.sourceId)!;
    await page.locator(`[data-id="${victim.id}"] .step-title`).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator(`[data-id="${victim.id}"]`).count()).toBe(0);
    await allSaved(page);
    expect((await harness.call<PlaybookDoc>('getPlaybook', { id: summary.id })).steps.some((s) => s.id === victim.id)).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(`[data-id="${victim.id}"]`).count()).toBe(1);
    await allSaved(page);
    const restored = await harness.call<PlaybookDoc>('getPlaybook', { id: summary.id });
    expect(restored.steps.length).toBe(doc.steps.length);
    expect(restored.links.length).toBe(doc.links.length);
  });

  it('adds a step by double-clicking a lane, and manages stages', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const [summary] = await harness.call<PlaybookSummary[]>('listPlaybooks');
    const id = summary!.id;
    const before = await harness.call<PlaybookDoc>('getPlaybook', { id });
    await fitView(page);

    const sellerStages = before.stages.filter((s) => s.lane === 'seller').sort((a, b) => a.order - b.order);
    const header = await page.getByRole('button', { name: `Seller process stage: ${sellerStages[1]!.name}` }).boundingBox();
    const laneBox = await page.locator('[data-lane="seller"]').boundingBox();
    await page.mouse.dblclick(header!.x + header!.width / 2, laneBox!.y + laneBox!.height - 8);
    await allSaved(page);
    let saved = await harness.call<PlaybookDoc>('getPlaybook', { id });
    const added = saved.steps.find((s) => !before.steps.some((b) => b.id === s.id))!;
    expect(added.stageId).toBe(sellerStages[1]!.id);

    // Rename the stage, move it right, add one after it.
    await page.getByRole('button', { name: `Seller process stage: ${sellerStages[1]!.name}` }).click({ position: { x: 12, y: 10 } });
    await page.getByLabel('Name', { exact: true }).fill('Discover together');
    await page.getByLabel('Name', { exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Move right' }).click();
    await page.getByRole('button', { name: 'Add stage after' }).click();
    await allSaved(page);
    saved = await harness.call<PlaybookDoc>('getPlaybook', { id });
    const order = saved.stages.filter((s) => s.lane === 'seller').sort((a, b) => a.order - b.order);
    expect(order.length).toBe(sellerStages.length + 1);
    expect(order[2]!.name).toBe('Discover together');
    expect(order[3]!.name).toMatch(/^Seller stage \d+$/);

    // Removing a stage with steps asks where they go.
    await page.getByRole('button', { name: 'Seller process stage: Discover together' }).click({ position: { x: 12, y: 10 } });
    await page.getByRole('button', { name: 'Remove stage' }).click();
    await page.getByRole('dialog', { name: /Remove stage/ }).waitFor();
    await page.getByLabel('Stage to move the steps to').selectOption({ label: order[0]!.name });
    await page.getByRole('dialog').getByRole('button', { name: 'Remove stage' }).click();
    await allSaved(page);
    saved = await harness.call<PlaybookDoc>('getPlaybook', { id });
    expect(saved.stages.some((s) => s.name === 'Discover together')).toBe(false);
    expect(saved.steps.length).toBe(before.steps.length + 1);
    expect(saved.steps.find((s) => s.id === added.id)!.stageId).toBe(order[0]!.id);
  });

  it('lets a keyboard user select, move and delete a step, and each move is saved', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const [summary] = await harness.call<PlaybookSummary[]>('listPlaybooks');
    const id = summary!.id;
    const before = await harness.call<PlaybookDoc>('getPlaybook', { id });
    const step = before.steps.find((s) => s.x < 60)!;
    const node = page.locator(`[data-id="${step.id}"]`);
    await node.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /step$/ }).waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(step.title);
    await node.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await allSaved(page);
    await expect.poll(async () => (await harness.call<PlaybookDoc>('getPlaybook', { id })).steps.find((s) => s.id === step.id)!.x).toBe(step.x + 20);
    await page.keyboard.press('Delete');
    await allSaved(page);
    await expect.poll(async () => (await harness.call<PlaybookDoc>('getPlaybook', { id })).steps.some((s) => s.id === step.id)).toBe(false);
  });

  it('keeps what was being typed when the page goes away mid-edit', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const [summary] = await harness.call<PlaybookSummary[]>('listPlaybooks');
    const doc = await harness.call<PlaybookDoc>('getPlaybook', { id: summary!.id });
    const step = doc.steps[1]!;
    await page.locator(`[data-id="${step.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Description').fill('Typed just before closing');
    await page.reload();
    await expect.poll(async () => (await harness.call<PlaybookDoc>('getPlaybook', { id: summary!.id })).steps.find((s) => s.id === step.id)!.description).toBe(
      'Typed just before closing',
    );
  });

  it('renames, duplicates and deletes playbooks from the list, asking before deleting', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.getByRole('button', { name: 'Back to playbooks' }).click();
    const [summary] = await harness.call<PlaybookSummary[]>('listPlaybooks');
    await page.getByRole('button', { name: `Rename ${summary!.name}` }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Mid-market new logo');
    await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('button', { name: 'Duplicate Mid-market new logo' }).click();
    await page.getByRole('button', { name: 'Open Mid-market new logo (copy)' }).waitFor();
    await page.getByRole('button', { name: 'Delete Mid-market new logo (copy)' }).click();
    await page.getByRole('dialog', { name: 'Delete playbook?' }).getByRole('button', { name: 'Delete playbook' }).click();
    await page.getByRole('button', { name: 'Open Mid-market new logo (copy)' }).waitFor({ state: 'detached' });
    const names = (await harness.call<PlaybookSummary[]>('listPlaybooks')).map((p) => p.name);
    expect(names).toEqual(['Mid-market new logo']);
  });
});
