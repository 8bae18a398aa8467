import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbookToHtml } from '../../shared/export/html';
import { BUILT_IN_TEMPLATES } from '../../shared/templates';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { launchBrowser, type Browser } from './support/browser';

const docOf = (id: string) => instantiateTemplate(BUILT_IN_TEMPLATES.find((t) => t.id === id)!, { newId: () => crypto.randomUUID(), now: '2026-01-01T00:00:00.000Z' });

describe('the HTML review document in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('draws each mirror link over the steps, ending on its own buyer step, for every template', async () => {
    const { page } = browser;
    for (const template of BUILT_IN_TEMPLATES) {
      const doc = docOf(template.id);
      await page.setContent(playbookToHtml(doc));
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const paths = Array.from(document.querySelectorAll<SVGPathElement>('path.tandem-mirror'));
        for (const [i, path] of paths.entries()) {
          path.scrollIntoView({ block: 'center' });
          const m = path.getScreenCTM()!;
          const at = (length: number) => {
            const p = path.getPointAtLength(length);
            return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
          };
          const total = path.getTotalLength();
          for (let length = 6; length < total - 6; length += 4) {
            const { x, y } = at(length);
            const stack = document.elementsFromPoint(x, y);
            const step = stack.findIndex((e) => e.closest('.tandem-step'));
            const self = stack.indexOf(path);
            if (step !== -1 && (self === -1 || step < self)) out.push(`link ${i} hidden under a step at ${Math.round(x)},${Math.round(y)}`);
          }
          const end = at(total);
          const before = at(total - 1);
          const len = Math.hypot(end.x - before.x, end.y - before.y) || 1;
          const inside = document.elementsFromPoint(end.x + ((end.x - before.x) / len) * 2, end.y + ((end.y - before.y) / len) * 2);
          const card = inside.map((e) => e.closest('.tandem-step')).find(Boolean);
          out.push(`link ${i} ends on ${card?.querySelector('title')?.textContent ?? 'nothing'}`);
        }
        return out;
      });
      const mirrors = doc.links.filter((l) => l.kind === 'mirror');
      const title = (id: string) => doc.steps.find((s) => s.id === id)!.title;
      expect(problems, template.name).toEqual(mirrors.map((l, i) => `link ${i} ends on ${title(l.targetId)}`));
    }
  });

  it('shows the whole canvas, in the app\'s colours, and a 200-character name does not widen the page', async () => {
    const { page } = browser;
    for (const size of [
      { width: 1400, height: 900 },
      { width: 900, height: 700 },
    ]) {
      await page.setViewportSize(size);
      const doc = docOf('b2b-saas-new-logo');
      doc.playbook.name = 'N'.repeat(200);
      doc.steps[0]!.title = 'S'.repeat(200);
      doc.stages[0]!.name = 'T'.repeat(200);
      await page.setContent(playbookToHtml(doc));
      const measured = await page.evaluate(() => {
        const figure = document.querySelector('figure.canvas')!;
        const css = (selector: string, prop: string) => getComputedStyle(document.querySelector(selector)!).getPropertyValue(prop);
        return {
          pageWidth: document.documentElement.scrollWidth,
          figureScrolls: figure.scrollWidth > figure.clientWidth,
          svgRight: document.querySelector('figure.canvas svg')!.getBoundingClientRect().right,
          figureRight: figure.getBoundingClientRect().right,
          sellerHeading: css('.lane-seller h2', 'border-bottom-color'),
          mirror: document.querySelector('path.tandem-mirror')!.getAttribute('stroke'),
          legend: Array.from(document.querySelectorAll('text.tandem-legend'), (t) => t.textContent),
        };
      });
      expect(measured.pageWidth, `${size.width}`).toBeLessThanOrEqual(size.width);
      expect(measured.figureScrolls).toBe(false);
      expect(measured.svgRight).toBeLessThanOrEqual(measured.figureRight);
      // The app's seller orange (#b7581a) and mirror purple (#7a5af8).
      expect(measured.sellerHeading).toBe('rgb(183, 88, 26)');
      expect(measured.mirror).toBe('#7a5af8');
      expect(measured.legend).toContain('Mirror link (supports / verifies)');
    }
  });
});
