import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { layoutCanvas } from '../../shared/canvas/geometry';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { useHarnessAndBrowser } from './support/session';

const allSaved = (page: Page) => page.getByText('All changes saved').waitFor();

/** Pairs of step cards that overlap on screen. */
const overlapsOnScreen = (page: Page) =>
  page.evaluate(() => {
    const rects = [...document.querySelectorAll('.react-flow__node-step')].map((n) => ({ id: n.getAttribute('data-id'), r: n.getBoundingClientRect() }));
    return rects.flatMap((a, i) => rects.slice(i + 1).filter(({ r: b }) => a.r.left < b.right - 0.5 && b.left < a.r.right - 0.5 && a.r.top < b.bottom - 0.5 && b.top < a.r.bottom - 0.5).map((b) => `${a.id}/${b.id}`));
  });

/** Pairs of steps whose saved positions overlap. */
const overlapsSaved = (doc: PlaybookDoc) => {
  const boxes = layoutCanvas(doc).steps;
  return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map((b) => `${a.step.title} / ${b.step.title}`));
};

const positions = (doc: PlaybookDoc) => Object.fromEntries(doc.steps.map((s) => [s.id, `${s.stageId} ${s.x},${s.y}`]));

describe('Tidy layout in Chromium, through the harness', () => {
  const session = useHarnessAndBrowser();

  it('lays a messy playbook out with no overlaps, every step in its own lane and stage, and one undo puts it all back', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const created = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'b2b-saas-new-logo' });
    const id = created.playbook.id;
    // A mess: every step of each stage piled on the first, others pushed far down.
    const messy = created.steps.map((s, i) => ({ ...s, x: i % 3 === 0 ? 0 : 40, y: i % 2 ? 56 : 900 + (i % 5) * 30 }));
    await harness.call('putSteps', { playbookId: id, steps: messy });
    const before = await harness.call<PlaybookDoc>('getPlaybook', { id });
    expect(overlapsSaved(before).length).toBeGreaterThan(0);

    await page.goto(`${harness.url}#/playbook/${id}`);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(before.steps.length);
    await page.getByRole('button', { name: 'Tidy layout' }).click();
    await expect.poll(async () => (await harness.call<PlaybookDoc>('getPlaybook', { id })).steps.some((s, i) => s.y !== before.steps[i]!.y)).toBe(true);
    await allSaved(page);

    const after = await harness.call<PlaybookDoc>('getPlaybook', { id });
    expect(overlapsSaved(after)).toEqual([]);
    await expect.poll(() => overlapsOnScreen(page)).toEqual([]);
    const stageOf = new Map(after.stages.map((s) => [s.id, s] as const));
    for (const step of after.steps) {
      const was = before.steps.find((s) => s.id === step.id)!;
      expect(step.stageId, step.title).toBe(was.stageId);
      expect(step.x + 200, step.title).toBeLessThanOrEqual(stageOf.get(step.stageId)!.width);
      expect(step.x, step.title).toBeGreaterThanOrEqual(0);
    }
    // On screen too: each card inside its own lane and under its own stage's header.
    const outside = await page.evaluate((steps) => {
      const wrong: string[] = [];
      for (const { id: stepId, lane, stageName } of steps) {
        const card = document.querySelector(`.react-flow__node[data-id="${stepId}"]`)!.getBoundingClientRect();
        const laneBox = document.querySelector(`.lane[data-lane="${lane}"]`)!.getBoundingClientRect();
        const header = [...document.querySelectorAll('.react-flow__node-stageHeader')].find((h) => h.textContent?.includes(stageName) && h.closest('.react-flow__node') && laneBox.top <= h.getBoundingClientRect().top && h.getBoundingClientRect().top < laneBox.bottom)!.getBoundingClientRect();
        if (card.top < laneBox.top || card.bottom > laneBox.bottom || card.left < header.left - 0.5 || card.right > header.right + 0.5) wrong.push(stepId);
      }
      return wrong;
    }, after.steps.map((s) => ({ id: s.id, lane: stageOf.get(s.stageId)!.lane, stageName: stageOf.get(s.stageId)!.name })));
    expect(outside).toEqual([]);

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => positions(await harness.call<PlaybookDoc>('getPlaybook', { id }))).toEqual(positions(before));
    await allSaved(page);
  });
});
