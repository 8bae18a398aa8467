import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../shared/api/contract';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { checkMirrorLinks } from './support/mirrorLinkCheck';
import { useHarnessAndBrowser } from './support/session';

async function fitView(page: Page) {
  await page.getByRole('button', { name: 'Fit View', exact: true }).click();
  await page.waitForTimeout(400);
}

async function allSaved(page: Page) {
  await page.getByText('All changes saved').waitFor();
}

/** Every mirror link is in plain view along its length and ends on the buyer step it links to. */
async function expectLinksReadTrue(page: Page, doc: PlaybookDoc) {
  const mirrors = doc.links.filter((l) => l.kind === 'mirror');
  await expect.poll(() => page.locator('.react-flow__edge.edge-mirror').count()).toBe(mirrors.length);
  const reports = await checkMirrorLinks(
    page,
    mirrors.map((l) => l.id),
  );
  const title = (id: string) => doc.steps.find((s) => s.id === id)?.title ?? id;
  for (const link of mirrors) {
    const report = reports.find((r) => r.linkId === link.id)!;
    const what = `${title(link.sourceId)} → ${title(link.targetId)}`;
    expect(report.sampled, what).toBeGreaterThan(10);
    expect(
      report.covered.map((c) => `${what} hidden under ${title(c.card)} at ${c.x},${c.y}`),
      what,
    ).toEqual([]);
    expect(report.endsOn && title(report.endsOn), what).toBe(title(link.targetId));
  }
}

describe('mirror links on the canvas, in Chromium through the harness', () => {
  const session = useHarnessAndBrowser();

  it('never run behind a step card and end on their own buyer step, on every template', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const templates = await harness.call<TemplateSummary[]>('listTemplates');
    for (const template of templates) {
      const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: template.id });
      await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
      await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);
      await fitView(page);
      await expectLinksReadTrue(page, doc);
    }
    // What the marks mean is on screen, not only in tooltips.
    const legend = page.getByRole('note', { name: 'Legend' });
    expect(await legend.isVisible()).toBe(true);
    expect(await legend.innerText()).toMatch(/Required step[\s\S]*Mirror link: the seller step supports the buyer step it points to[\s\S]*Next step in sequence/);
  });

  it('still read true after a step is added beneath a linked one and after a step is moved', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const created = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    const id = created.playbook.id;
    await page.goto(`${harness.url}#/playbook/${id}`);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(created.steps.length);

    // A new buyer step lands under the first stage's steps, in the path of the links to them.
    await page.getByRole('button', { name: 'Add buyer step' }).click();
    await allSaved(page);
    await page.keyboard.press('Escape');
    await fitView(page);
    let doc = await harness.call<PlaybookDoc>('getPlaybook', { id });
    expect(doc.steps.length).toBe(created.steps.length + 1);
    await expectLinksReadTrue(page, doc);

    // Drag a linked buyer step into the next stage's column.
    const buyerStages = doc.stages.filter((s) => s.lane === 'buyer').sort((a, b) => a.order - b.order);
    const linked = doc.steps.find((s) => s.stageId === buyerStages[0]!.id && doc.links.some((l) => l.kind === 'mirror' && l.targetId === s.id))!;
    const from = (await page.locator(`[data-id="${linked.id}"] .step-title`).boundingBox())!;
    const next = (await page.getByRole('button', { name: `Buyer journey stage: ${buyerStages[1]!.name}` }).boundingBox())!;
    await page.mouse.move(from.x + 10, from.y + 5);
    await page.mouse.down();
    await page.mouse.move(from.x + 15, from.y + 10, { steps: 2 });
    await page.mouse.move(next.x + next.width / 2, from.y + 40, { steps: 12 });
    await page.mouse.up();
    await allSaved(page);
    doc = await harness.call<PlaybookDoc>('getPlaybook', { id });
    expect(doc.steps.find((s) => s.id === linked.id)!.stageId).toBe(buyerStages[1]!.id);
    await expectLinksReadTrue(page, doc);
    expect(browser.errors).toEqual([]);
  });

  it("shows a selected link in the inspector, and a selected step's links stand out", async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const created = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    const id = created.playbook.id;
    await page.goto(`${harness.url}#/playbook/${id}`);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(created.steps.length);
    const title = (stepId: string) => created.steps.find((s) => s.id === stepId)!.title;
    const link = created.links.find((l) => l.kind === 'mirror')!;

    // A keyboard user reaches the link and selects it.
    await page.locator(`.react-flow__edge[data-id="${link.id}"]`).focus();
    await page.keyboard.press('Enter');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('heading', { name: 'Mirror link' }).waitFor();
    await inspector.getByRole('button', { name: title(link.sourceId), exact: true }).waitFor();
    await inspector.getByRole('button', { name: title(link.targetId), exact: true }).waitFor();
    await inspector.getByLabel('Relation').selectOption('verifies');
    await inspector.getByLabel('Rationale').fill('A fast, specific answer keeps the buyer in the trial');
    await inspector.getByLabel('Rationale').blur();
    await allSaved(page);
    let saved = (await harness.call<PlaybookDoc>('getPlaybook', { id })).links.find((l) => l.id === link.id)!;
    expect(saved).toMatchObject({ relation: 'verifies', rationale: 'A fast, specific answer keeps the buyer in the trial' });
    await expect.poll(() => page.locator(`.react-flow__edge[data-id="${link.id}"] .react-flow__edge-text`).textContent()).toBe('verifies');

    // Going to the buyer step from the link: its links stand out, the others fade.
    await inspector.getByRole('button', { name: title(link.targetId), exact: true }).click();
    await inspector.getByRole('heading', { name: 'Buyer step' }).waitFor();
    const related = created.links.filter((l) => l.kind === 'mirror' && (l.sourceId === link.targetId || l.targetId === link.targetId)).map((l) => l.id);
    const drawn = await page.locator('.react-flow__edge.edge-mirror').evaluateAll((edges) =>
      edges.map((e) => {
        const path = e.querySelector('.react-flow__edge-path')!;
        return { id: e.getAttribute('data-id')!, opacity: Number(getComputedStyle(path).opacity), cased: e.querySelector('.mirror-casing') !== null };
      }),
    );
    for (const edge of drawn) expect({ id: edge.id, opacity: edge.opacity, cased: edge.cased }).toEqual({ id: edge.id, opacity: related.includes(edge.id) ? 1 : 0.3, cased: related.includes(edge.id) });

    // Back to the link with the mouse, by its label, and delete it from the inspector.
    await page.locator(`.react-flow__edge[data-id="${link.id}"] .react-flow__edge-textwrapper`).click();
    await inspector.getByRole('heading', { name: 'Mirror link' }).waitFor();
    await inspector.getByRole('button', { name: 'Delete link' }).click();
    await allSaved(page);
    saved = (await harness.call<PlaybookDoc>('getPlaybook', { id })).links.find((l) => l.id === link.id)!;
    expect(saved).toBeUndefined();
    expect(browser.errors).toEqual([]);
  });
});
