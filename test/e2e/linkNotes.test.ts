import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import type { Note } from '../../shared/review/notes';
import { accessibilityViolations } from './support/axe';
import { useHarnessAndBrowser } from './support/session';

describe('review notes on links', () => {
  const session = useHarnessAndBrowser();

  it('a link with open notes carries a marker on its own line, and its note in the Notes panel centres and selects it', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.setViewportSize({ width: 1400, height: 900 });
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    const owner = { kind: 'playbook', id: doc.playbook.id };
    const title = (id: string) => doc.steps.find((s) => s.id === id)!.title;
    const mirror = doc.links.find((l) => l.kind === 'mirror')!;
    const sequence = doc.links.find((l) => l.kind === 'sequence')!;
    const put = (target: { kind: string; id: string }, text: string) =>
      harness.call<Note>('putNote', { owner, note: { id: crypto.randomUUID(), target, kind: 'flag', text, parentId: null } });
    await put({ kind: 'link', id: mirror.id }, 'Does this really support it?');
    await put({ kind: 'link', id: mirror.id }, 'Rationale is empty.');
    await put({ kind: 'link', id: sequence.id }, 'Order looks wrong.');
    const resolved = await put({ kind: 'link', id: sequence.id }, 'Settled.');
    await harness.call('resolveNote', { id: resolved.id, resolved: true });

    await page.goto(`${harness.url}#/playbook/${doc.playbook.id}`);
    await page.reload();
    await page.locator('.react-flow__node-step').first().waitFor();
    const mirrorMarker = page.getByRole('img', { name: `2 open notes on mirror link '${title(mirror.sourceId)}' → '${title(mirror.targetId)}'` });
    const sequenceMarker = page.getByRole('img', { name: `1 open note on sequence edge '${title(sequence.sourceId)}' → '${title(sequence.targetId)}'` });
    await Promise.all([mirrorMarker.waitFor(), sequenceMarker.waitFor()]);
    expect(await mirrorMarker.innerText()).toBe('✎ 2');
    expect(await page.locator('.link-note-marker').count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Each marker starts on its link's drawn line, not somewhere between the cards.
    const offLine = (linkId: string) =>
      page.evaluate((id) => {
        const marker = document.querySelector(`.link-note-marker[data-link-id="${id}"]`)!.getBoundingClientRect();
        const path = document.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`)!;
        const m = path.getScreenCTM()!;
        const x = marker.left - 6;
        const y = marker.top + marker.height / 2;
        let best = Infinity;
        for (let l = 0; l <= path.getTotalLength(); l += 1) {
          const p = path.getPointAtLength(l);
          best = Math.min(best, Math.hypot(p.x * m.a + p.y * m.c + m.e - x, p.x * m.b + p.y * m.d + m.f - y));
        }
        return best;
      }, linkId);
    expect(await offLine(mirror.id)).toBeLessThan(3);
    expect(await offLine(sequence.id)).toBeLessThan(3);

    // The note's target in the Notes panel selects the link and brings it to the middle.
    const panel = page.getByRole('complementary', { name: 'Notes' });
    await panel.getByRole('button', { name: `Link '${title(mirror.sourceId)}' → '${title(mirror.targetId)}'` }).first().click();
    await expect.poll(() => page.locator(`.react-flow__edge[data-id="${mirror.id}"].selected`).count()).toBe(1);
    const canvas = (await page.getByRole('region', { name: 'Canvas' }).boundingBox())!;
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const path = document.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`)!;
          const p = path.getPointAtLength(path.getTotalLength() / 2);
          const m = path.getScreenCTM()!;
          return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
        }, mirror.id).then((p) => Math.abs(p.x - (canvas.x + canvas.width / 2)) < 30 && Math.abs(p.y - (canvas.y + canvas.height / 2)) < 30),
      )
      .toBe(true);
    // Resolving the last open note on a link takes its marker away.
    const [open] = (await harness.call<Note[]>('listNotes', { owner })).filter((n) => n.target.id === sequence.id && !n.resolved);
    await panel.locator(`li[data-note-id="${open!.id}"]`).getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => sequenceMarker.count()).toBe(0);
  });
});
