import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Link, PlaybookDoc, Step } from '../../shared/domain/playbook';
import { useHarnessAndBrowser } from './support/session';

const box = async (page: Page, id: string) => (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
const selectedIds = (page: Page) => page.locator('.react-flow__node-step.selected').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')).sort());
const allSaved = (page: Page) => page.getByText('All changes saved').waitFor();

/** A playbook from a template with two linked buyer steps of its own, well below the others in the first stage. */
async function playbookWithPair(session: ReturnType<typeof useHarnessAndBrowser>, tag: string) {
  const { harness } = session;
  const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
  const first = doc.stages.filter((s) => s.lane === 'buyer').sort((a, b) => a.order - b.order)[0]!;
  const bottom = Math.max(...doc.steps.filter((s) => s.stageId === first.id).map((s) => s.y), 0);
  const step = (id: string, title: string, y: number): Step => ({ id, stageId: first.id, title, description: '', required: false, expectedDays: null, roles: [], techniques: [], contentLinks: [], exitCriteria: [], x: 40, y });
  const a = step(`${tag}-a`, 'Compare vendors', bottom + 300);
  const b = step(`${tag}-b`, 'Shortlist two', bottom + 400);
  const link: Link = { id: `${tag}-link`, kind: 'sequence', sourceId: a.id, targetId: b.id, relation: null, rationale: '' };
  await harness.call('putSteps', { playbookId: doc.playbook.id, steps: [a, b] });
  await harness.call('putLink', { playbookId: doc.playbook.id, link });
  return { doc: await harness.call<PlaybookDoc>('getPlaybook', { id: doc.playbook.id }), a, b, first };
}

describe('multi-select, copy, cut, paste and duplicate on the canvas, in Chromium through the harness', () => {
  const session = useHarnessAndBrowser();

  it('box-selects two linked steps, copies and pastes them: two more steps and their link, in the same lane; undo takes them away', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const { doc, a, b, first } = await playbookWithPair(session, 'one');
    const id = doc.playbook.id;
    await page.goto(`${harness.url}#/playbook/${id}`);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Digit1');
    await page.waitForTimeout(400);

    // Shift-drag a box around the pair, starting on empty lane space.
    const boxA = await box(page, a.id);
    const boxB = await box(page, b.id);
    await page.keyboard.down('Shift');
    await page.mouse.move(boxA.x - 8, boxA.y - 8);
    await page.mouse.down();
    await page.mouse.move(boxB.x + boxB.width / 2, boxB.y + boxB.height / 2, { steps: 5 });
    await page.mouse.move(boxB.x + boxB.width + 8, boxB.y + boxB.height + 8, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => selectedIds(page)).toEqual([a.id, b.id]);

    await page.keyboard.press('Control+c');
    // Paste with the pointer over the same lane, to the right of the pair.
    await page.mouse.move(boxA.x + boxA.width * 2, boxA.y + boxA.height / 2);
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length + 2);
    await allSaved(page);
    const saved = await harness.call<PlaybookDoc>('getPlaybook', { id });
    const added = saved.steps.filter((s) => !doc.steps.some((d) => d.id === s.id));
    expect(added.map((s) => s.title).sort()).toEqual(['Compare vendors', 'Shortlist two']);
    const buyerStageIds = new Set(saved.stages.filter((s) => s.lane === 'buyer').map((s) => s.id));
    expect(added.every((s) => buyerStageIds.has(s.stageId))).toBe(true);
    const newLinks = saved.links.filter((l) => !doc.links.some((d) => d.id === l.id));
    const byTitle = (title: string) => added.find((s) => s.title === title)!.id;
    expect(newLinks).toEqual([expect.objectContaining({ kind: 'sequence', sourceId: byTitle('Compare vendors'), targetId: byTitle('Shortlist two') })]);
    // The pasted pair is the selection now, ready to be moved.
    await expect.poll(() => selectedIds(page)).toEqual(added.map((s) => s.id).sort());

    // One undo takes the whole paste away, in the database too.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);
    await allSaved(page);
    expect((await harness.call<PlaybookDoc>('getPlaybook', { id })).steps.length).toBe(doc.steps.length);
    expect(first).toBeDefined();
  });

  it('shift-click adds to the selection; Ctrl+A selects every step; duplicate, cut and Delete work on the selection and are undoable', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const { doc, a, b } = await playbookWithPair(session, 'two');
    const id = doc.playbook.id;
    await page.goto(`${harness.url}#/playbook/${id}`);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Digit1');
    await page.waitForTimeout(400);

    await page.locator(`.react-flow__node[data-id="${a.id}"]`).click();
    await page.locator(`.react-flow__node[data-id="${b.id}"]`).click({ modifiers: ['Shift'] });
    await expect.poll(() => selectedIds(page)).toEqual([a.id, b.id]);

    // Dragging one moves the selection together, saved once for both (upwards: a lane grows downwards only once a step is dropped).
    const from = await box(page, a.id);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 2 });
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 40, { steps: 8 });
    await page.mouse.up();
    await allSaved(page);
    const moved = await harness.call<PlaybookDoc>('getPlaybook', { id });
    const movedA = moved.steps.find((s) => s.id === a.id)!;
    const movedB = moved.steps.find((s) => s.id === b.id)!;
    expect(movedA.y).toBeLessThan(a.y);
    expect(movedB.y - movedA.y).toBe(b.y - a.y);
    await expect.poll(() => selectedIds(page)).toEqual([a.id, b.id]);
    // Downwards past the lane's bottom, where the lower one is held at the edge: they still do not land on each other.
    const again = await box(page, a.id);
    await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2);
    await page.mouse.down();
    await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2 + 10, { steps: 2 });
    await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2 + 150, { steps: 8 });
    await page.mouse.up();
    await allSaved(page);
    const down = await harness.call<PlaybookDoc>('getPlaybook', { id });
    const [downA, downB] = [a.id, b.id].map((x) => down.steps.find((s) => s.id === x)!);
    expect(downA!.y).toBeGreaterThan(movedA.y);
    expect(Math.abs(downB!.y - downA!.y)).toBeGreaterThanOrEqual(76);

    await page.keyboard.press('Control+d');
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length + 2);
    await allSaved(page);
    let saved = await harness.call<PlaybookDoc>('getPlaybook', { id });
    expect(saved.links.length).toBe(doc.links.length + 1);

    // Cut the copies; paste them back with the pointer away from the canvas: into their own stage.
    await page.keyboard.press('Control+x');
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);
    await page.mouse.move(2, 2);
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length + 2);
    await allSaved(page);
    saved = await harness.call<PlaybookDoc>('getPlaybook', { id });
    const pasted = saved.steps.filter((s) => !doc.steps.some((d) => d.id === s.id));
    expect(pasted.map((s) => s.stageId)).toEqual([a.stageId, a.stageId]);

    // Text that claims to be steps but is damaged changes nothing and says so.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', JSON.stringify({ kind: 'tandem/steps', version: 1, steps: [{ step: { id: 'x' } }], links: [] }));
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await page.getByText(/^Not pasted: the copied steps are damaged \(steps\.0\./).waitFor();
    expect(await page.locator('.react-flow__node-step').count()).toBe(doc.steps.length + 2);

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+a');
    await expect.poll(async () => (await selectedIds(page)).length).toBe(doc.steps.length + 2);
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length + 2);
    await allSaved(page);
    expect((await harness.call<PlaybookDoc>('getPlaybook', { id })).steps.length).toBe(doc.steps.length + 2);
  });
});
