import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../shared/api/contract';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { useHarnessAndBrowser } from './support/session';

describe('assumptions a template brings, in Chromium through the harness', () => {
  const session = useHarnessAndBrowser();

  it('are "to review" on day one, never stale, until the user validates them', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const templates = await harness.call<TemplateSummary[]>('listTemplates');
    for (const template of templates) {
      const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: template.id });
      if (doc.assumptions.length === 0) continue;
      await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
      const list = page.getByRole('region', { name: 'Assumptions about how customers buy' });
      await list.getByRole('listitem').first().waitFor();
      expect(await list.getByText(/stale/i).count(), template.name).toBe(0);
      expect(await list.getByText('To review', { exact: false }).count(), template.name).toBe(doc.assumptions.length);
      for (const [i, a] of doc.assumptions.entries()) {
        // The research date stays visible, in the source, and the whole source shows.
        const source = list.getByLabel(`Source of assumption ${i + 1}`);
        expect(await source.inputValue()).toBe(a.source);
        expect(a.source).toMatch(/template research as of \d{4}-\d\d-\d\d/);
        expect(await source.evaluate((f) => f.scrollWidth <= f.clientWidth + 1 && f.scrollHeight <= f.clientHeight + 1)).toBe(true);
        // The confidence shows as a word, not cut to a letter.
        const confidence = list.getByLabel(`Confidence in assumption ${i + 1}`);
        const fits = await confidence.evaluate((select: HTMLSelectElement) => {
          const probe = document.body.appendChild(document.createElement('span'));
          probe.style.font = getComputedStyle(select).font;
          probe.style.position = 'absolute';
          probe.textContent = select.selectedOptions[0]!.textContent;
          const needed = probe.getBoundingClientRect().width;
          probe.remove();
          return select.clientWidth >= needed + 16;
        });
        expect(fits, `${template.name}: confidence ${i + 1}`).toBe(true);
      }
    }
  });

  it('shows the day it was last validated once the user validates one', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
    await page.getByRole('button', { name: 'Mark assumption 1 validated today' }).click();
    const today = new Date().toISOString().slice(0, 10);
    await page.getByText(`Last validated ${today}`).waitFor();
    await page.getByText('All changes saved').waitFor();
    await expect.poll(async () => (await harness.call<PlaybookDoc>('getPlaybook', { id: doc.playbook.id })).assumptions[0]!.lastValidatedAt).toBe(today);
  });
});
