import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { envelope } from '../node/support/samplePlaybook';
import { STEP_HANDLES } from '../../renderer/canvas/stepHandles';
import { generatePlaybook } from '../support/generate';
import { useHarnessAndBrowser } from './support/session';

describe('a 2,000-step playbook on the canvas', () => {
  const session = useHarnessAndBrowser();

  it('draws the cards in view; a drag renders only the dragged card and writes once, on drop', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    // The step cards count their renders only when asked (renderer/canvas/renderCount.ts).
    await page.addInitScript(() => {
      (window as unknown as { __tandemCardRenders: Record<string, number> }).__tandemCardRenders = {};
    });
    const { playbookId } = await harness.call<{ playbookId: string }>('importPlaybookFile', { text: JSON.stringify(envelope(generatePlaybook({ steps: 2000, seed: 1 }))) });
    const doc = await harness.call<PlaybookDoc>('getPlaybook', { id: playbookId });
    await page.goto(`${harness.url}#/playbook/${playbookId}`);
    await page.getByText('2000 steps · 2998 links').waitFor({ timeout: 30_000 });
    const moving = doc.steps[0]!;
    await page.locator(`[data-id="${moving.id}"] .step-title`).waitFor();

    const renders = () => page.evaluate(() => ({ ...(window as unknown as { __tandemCardRenders: Record<string, number> }).__tandemCardRenders }));
    // Only the cards in view are in the page, and every one of them is in view.
    const drawn = await page.evaluate(() => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const cards = [...document.querySelectorAll('.react-flow__node-step')].map((n) => n.getBoundingClientRect());
      return { count: cards.length, offScreen: cards.filter((r) => r.right < pane.left || r.left > pane.right || r.bottom < pane.top || r.top > pane.bottom).length };
    });
    expect(drawn.count).toBeGreaterThan(0);
    expect(drawn.count).toBeLessThan(2000);
    expect(drawn.offScreen).toBe(0);
    // Every link from a card in view is drawn, also when its other end is off screen.
    const cardIds = new Set(await page.locator('.react-flow__node-step').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')!)));
    // From the first frame: React Flow draws a node once to measure its handles unless the node
    // states them; the cards do, so opening never renders the 2,000 cards only to drop most.
    const renderedAtOpen = Object.keys(await renders());
    expect(renderedAtOpen.length).toBeLessThan(2 * cardIds.size);
    // The handles the cards state are where React Flow measures them on a drawn card.
    const handles = await page.locator(`[data-id="${moving.id}"]`).evaluate((node) => {
      const r = node.getBoundingClientRect();
      const zoom = r.width / (node as HTMLElement).offsetWidth;
      return [...node.querySelectorAll<HTMLElement>('.react-flow__handle')].map((h) => {
        const b = h.getBoundingClientRect();
        return { id: h.dataset.handleid, x: (b.left - r.left) / zoom, y: (b.top - r.top) / zoom, width: b.width / zoom, height: b.height / zoom };
      });
    });
    expect(handles.sort((a, b) => a.id!.localeCompare(b.id!)).map((h) => ({ ...h, x: Math.round(h.x), y: Math.round(h.y), width: Math.round(h.width), height: Math.round(h.height) }))).toEqual(
      [...STEP_HANDLES].sort((a, b) => a.id!.localeCompare(b.id!)).map(({ id, x, y, width, height }) => ({ id, x, y, width, height })),
    );
    const fromView = doc.links.filter((l) => cardIds.has(l.sourceId) || cardIds.has(l.targetId)).map((l) => l.id);
    expect(fromView.some((id) => { const l = doc.links.find((x) => x.id === id)!; return !cardIds.has(l.sourceId) || !cardIds.has(l.targetId); })).toBe(true);
    const edgeIds = new Set(await page.locator('.react-flow__edge').evaluateAll((edges) => edges.map((e) => e.getAttribute('data-id')!)));
    expect(fromView.filter((id) => !edgeIds.has(id))).toEqual([]);

    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/api\/(put|delete|replace|reorder)/.test(r.url())) writes.push(r.url());
    });
    const resetRenders = () => page.evaluate(() => void ((window as unknown as { __tandemCardRenders: Record<string, number> }).__tandemCardRenders = {}));
    const box = (await page.locator(`[data-id="${moving.id}"] .step-title`).boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 5);
    // Generated steps may share a spot: the one on top is the one dragged.
    const grabbed = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.react-flow__node')?.getAttribute('data-id'), { x: box.x + 10, y: box.y + 5 });
    // Pressing selects the card (and renders it); the drag's frames come after.
    await page.mouse.down();
    await page.mouse.move(box.x + 12, box.y + 6);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await resetRenders();
    for (let i = 2; i <= 40; i++) await page.mouse.move(box.x + 10 + i * 2, box.y + 5 + i);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const duringDrag = await renders();
    expect(Object.keys(duringDrag)).toEqual([grabbed]);
    expect(writes).toEqual([]);
    await page.mouse.up();
    await page.getByText('All changes saved').waitFor();
    await expect.poll(() => writes.length).toBe(1);
    expect(writes[0]).toMatch(/\/api\/putSteps$/);
    const after = await harness.call<PlaybookDoc>('getPlaybook', { id: playbookId });
    const before = new Map(doc.steps.map((s) => [s.id, s] as const));
    const changed = after.steps.filter((s) => {
      const old = before.get(s.id)!;
      return old.x !== s.x || old.y !== s.y || old.stageId !== s.stageId;
    });
    expect(changed.map((s) => s.id)).toEqual([grabbed]);
    expect(browser.errors).toEqual([]);
  });
});
