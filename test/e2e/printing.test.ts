import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlaybook } from '../../shared/export/index';
import { exportPlan } from '../../shared/plan/export/index';
import { samplePlan } from '../../shared/plan/export/samplePlan.test-helper';
import type { Note } from '../../shared/review/notes';
import { BUILT_IN_TEMPLATES } from '../../shared/templates';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { launchBrowser, type Browser } from './support/browser';
import { printToPages, type PrintedPage } from './support/pdfPages';

const docOf = (id: string) => instantiateTemplate(BUILT_IN_TEMPLATES.find((t) => t.id === id)!, { newId: () => crypto.randomUUID(), now: '2026-01-01T00:00:00.000Z' });

/** Text compared without whitespace: the PDF's text layer breaks and joins lines its own way. */
const squash = (text: string) => text.replace(/\s+/g, '');

const note = (id: string, target: Note['target'], text: string): Note => ({
  id,
  target,
  kind: 'flag',
  text,
  author: 'Morgan',
  createdAt: '2026-11-21T09:00:00.000Z',
  resolved: false,
  parentId: null,
});

interface Layout {
  headings: string[];
  /** Each block that must not be split across pages (steps, table rows, notes), as text. */
  blocks: string[];
}

describe('printing the review documents with Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function print(html: string): Promise<{ pages: PrintedPage[]; layout: Layout }> {
    const { page } = browser;
    await page.setContent(html);
    const layout = await page.evaluate(() => ({
      headings: Array.from(document.querySelectorAll('h1,h2,h3,h4'), (e) => e.textContent ?? ''),
      blocks: Array.from(document.querySelectorAll('article.step,tbody tr,li.review-note'), (e) => e.textContent ?? ''),
    }));
    return { pages: await printToPages(page), layout };
  }

  /** No blank page, no page that holds nothing but headings, and no step, row or note cut in two. */
  function expectWholePages(name: string, pages: PrintedPage[], layout: Layout) {
    const headings = layout.headings.map(squash).filter(Boolean).sort((a, b) => b.length - a.length);
    for (const [i, p] of pages.entries()) {
      let rest = squash(p.text);
      expect(rest, `${name}: page ${i + 1} is blank`).not.toBe('');
      for (const heading of headings) rest = rest.split(heading).join('');
      expect(rest, `${name}: page ${i + 1} holds only a heading: ${p.text}`).not.toBe('');
    }
    const texts = pages.map((p) => squash(p.text));
    for (const block of layout.blocks) {
      expect(texts.some((t) => t.includes(squash(block))), `${name}: split across pages: ${block.slice(0, 80)}`).toBe(true);
    }
  }

  it('a playbook: title and summary on page one, the canvas under its heading on one landscape page, nothing split', async () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const doc = docOf(template.id);
      const onStep = doc.steps[0] ? [note('n-1', { kind: 'step', id: doc.steps[0].id }, 'Who signs this off?')] : [];
      const notes = [...onStep, note('n-2', { kind: 'file', id: doc.playbook.id }, 'Ready to publish once the demo step is split.')];
      const { pages, layout } = await print(exportPlaybook(doc, 'html', { notes }));
      expectWholePages(template.name, pages, layout);

      expect(pages[0]!.text, template.name).toContain(doc.playbook.name);
      expect(pages[0]!.text, template.name).toContain('of buyer steps are supported by a seller step');
      expect(pages[0]!.width, template.name).toBeLessThan(pages[0]!.height);

      const landscape = pages.filter((p) => p.width > p.height);
      expect(landscape, template.name).toHaveLength(1);
      const canvasPage = squash(landscape[0]!.text);
      expect(canvasPage.startsWith('Canvas'), template.name).toBe(true);
      // The whole drawing on that page: every stage's name and the legend at its foot.
      for (const stage of doc.stages) expect(canvasPage, `${template.name}: ${stage.name}`).toContain(squash(stage.name));
      expect(canvasPage, template.name).toContain(squash('Mirror link (supports / verifies)'));
    }
  });

  it('a deal plan: the deal and its summary on page one, nothing split', async () => {
    const { plan, playbook } = samplePlan();
    const notes = [note('n-1', { kind: 'plan', id: plan.plan.id }, 'Where is the economic buyer in this?')];
    const { pages, layout } = await print(exportPlan(plan, playbook, 'html', { notes }));
    expectWholePages('plan', pages, layout);
    expect(pages[0]!.text).toContain(plan.plan.account);
    expect(pages[0]!.text).toContain('Where the deal stands');
    expect(pages.every((p) => p.width < p.height)).toBe(true);
  });
});
