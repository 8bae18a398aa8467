import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { useHarnessAndBrowser } from './support/session';

const mirrorEdges = (page: Page) => page.locator('.react-flow__edge.edge-mirror');

/** How many mirror links are drawn on screen (display: none ones are not). */
const drawnMirrorLinks = (page: Page) => mirrorEdges(page).evaluateAll((edges) => edges.filter((e) => getComputedStyle(e).display !== 'none').length);

/** The opacity of each mirror link's label, by link id. */
const labelOpacities = (page: Page) =>
  mirrorEdges(page).evaluateAll((edges) =>
    Object.fromEntries(
      edges.map((e) => [e.getAttribute('data-id'), Number(getComputedStyle(e.querySelector('.react-flow__edge-textwrapper')!).opacity)]),
    ),
  );

describe('reading a crowded canvas: mirror links on and off, their labels by zoom', () => {
  const session = useHarnessAndBrowser();

  it('hides and shows the mirror links from the legend, and keeps the choice after a reload', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'b2b-saas-new-logo' });
    const mirrors = doc.links.filter((l) => l.kind === 'mirror').length;
    await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
    await expect.poll(() => drawnMirrorLinks(page)).toBe(mirrors);

    const toggle = page.getByRole('checkbox', { name: 'Show mirror links' });
    await toggle.uncheck();
    await expect.poll(() => drawnMirrorLinks(page)).toBe(0);
    // Sequence edges stay.
    expect(await page.locator('.react-flow__edge:not(.edge-mirror)').count()).toBeGreaterThan(0);
    await page.reload();
    await page.locator('.react-flow__node-step').first().waitFor();
    expect(await page.getByRole('checkbox', { name: 'Show mirror links' }).isChecked()).toBe(false);
    expect(await drawnMirrorLinks(page)).toBe(0);
    await page.getByRole('checkbox', { name: 'Show mirror links' }).check();
    await expect.poll(() => drawnMirrorLinks(page)).toBe(mirrors);
    // Nothing in the playbook changed: it is a way of looking at it.
    const after = await harness.call<PlaybookDoc>('getPlaybook', { id: doc.playbook.id });
    expect({ steps: after.steps, links: after.links, stages: after.stages }).toEqual({ steps: doc.steps, links: doc.links, stages: doc.stages });
  });

  it('zoomed out, shows a link’s relation only for the selected step’s links and on hover', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'b2b-saas-new-logo' });
    await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
    await page.locator('.react-flow__node-step').first().waitFor();
    const mirrors = doc.links.filter((l) => l.kind === 'mirror');
    const zoom = () => page.locator('.react-flow__viewport').evaluate((v) => new DOMMatrix(getComputedStyle(v).transform).a);

    // Zoomed in far enough to read: every label shows.
    while ((await zoom()) < 0.8) await page.getByRole('button', { name: 'Zoom In', exact: true }).click();
    await expect.poll(async () => Object.values(await labelOpacities(page)).every((o) => o === 1)).toBe(true);

    while ((await zoom()) >= 0.7) await page.getByRole('button', { name: 'Zoom Out', exact: true }).click();
    await expect.poll(async () => Object.values(await labelOpacities(page)).every((o) => o === 0)).toBe(true);

    // Select a seller step with links: its links' labels show, the others stay hidden.
    const seller = mirrors[0]!.sourceId;
    const own = new Set(mirrors.filter((l) => l.sourceId === seller || l.targetId === seller).map((l) => l.id));
    await page.locator(`[data-id="${seller}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => {
      const opacities = await labelOpacities(page);
      return mirrors.every((l) => opacities[l.id] === (own.has(l.id) ? 1 : 0));
    }).toBe(true);

    // Hovering where another link's label sits shows it.
    const other = mirrors.find((l) => !own.has(l.id))!;
    await page.locator(`.react-flow__edge[data-id="${other.id}"] .react-flow__edge-textwrapper`).hover({ force: true });
    await expect.poll(async () => (await labelOpacities(page))[other.id]).toBe(1);
  });
});
