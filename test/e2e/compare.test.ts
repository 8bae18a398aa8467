import { describe, expect, it } from 'vitest';
import type { PlaybookDoc, PlaybookSummary } from '../../shared/domain/playbook';
import { accessibilityViolations } from './support/axe';
import { useHarnessAndBrowser } from './support/session';

describe('comparing a new version with the one it came from', () => {
  const session = useHarnessAndBrowser();

  it('shows a moved step with a word on its card and a line in the change list that centres it', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const v1 = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    await harness.call('publishPlaybook', { id: v1.playbook.id });
    const next = await harness.call<PlaybookSummary>('startPlaybookVersion', { id: v1.playbook.id });
    const v2 = await harness.call<PlaybookDoc>('getPlaybook', { id: next.id });
    const [from, to] = v2.stages.filter((s) => s.lane === 'seller');
    const step = v2.steps.find((s) => s.stageId === from!.id)!;
    await harness.call('putStep', { playbookId: v2.playbook.id, step: { ...step, stageId: to!.id } });

    await page.goto(`${harness.url}#/playbook/${v2.playbook.id}`);
    await page.locator('.react-flow__node-step').first().waitFor();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Compare versions' });
    await panel.getByRole('status').filter({ hasText: '1 change from' }).waitFor();
    const line = panel.getByRole('button', { name: `Seller step '${step.title}' moved from ${from!.name} to ${to!.name}` });
    await line.waitFor();
    expect(await page.locator(`.react-flow__node[data-id="${step.id}"] .change-badge`).innerText()).toBe('Moved');
    expect(await page.locator('.change-badge').count()).toBe(1);

    await line.click();
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${step.id}"].selected`).count()).toBe(1);
  });

  it('draws removed steps and stages as ghosts, marks stage and link changes with a pattern and words, and each change line centres it', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.setViewportSize({ width: 1400, height: 900 });
    const v1 = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    await harness.call('publishPlaybook', { id: v1.playbook.id });
    const next = await harness.call<PlaybookSummary>('startPlaybookVersion', { id: v1.playbook.id });
    const v2 = await harness.call<PlaybookDoc>('getPlaybook', { id: next.id });
    const id = v2.playbook.id;
    const buyerStages = v2.stages.filter((s) => s.lane === 'buyer').sort((a, b) => a.order - b.order);
    const sellerStages = v2.stages.filter((s) => s.lane === 'seller').sort((a, b) => a.order - b.order);
    // A linked buyer step goes, with its links; the last seller stage goes with its steps.
    const gone = v2.steps.find((s) => s.stageId === buyerStages[1]!.id && v2.links.some((l) => l.targetId === s.id && l.kind === 'mirror'))!;
    const goneLinks = v2.links.filter((l) => l.sourceId === gone.id || l.targetId === gone.id);
    await harness.call('deleteSteps', { playbookId: id, stepIds: [gone.id] });
    const goneStage = sellerStages.at(-1)!;
    await harness.call('deleteStage', { playbookId: id, stageId: goneStage.id, moveStepsTo: null });
    const renamed = { ...buyerStages[0]!, name: 'Spot the need' };
    await harness.call('putStage', { playbookId: id, stage: renamed });
    const seller = v2.steps.find((s) => s.stageId === sellerStages[0]!.id)!;
    const buyer = v2.steps.find((s) => s.stageId === buyerStages[2]!.id && !v2.links.some((l) => l.sourceId === seller.id && l.targetId === s.id))!;
    const added = { id: crypto.randomUUID(), kind: 'mirror', sourceId: seller.id, targetId: buyer.id, relation: 'supports', rationale: '' };
    await harness.call('putLink', { playbookId: id, link: added });

    await page.goto(`${harness.url}#/playbook/${id}`);
    await page.reload();
    await page.locator('.react-flow__node-step').first().waitFor();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Compare versions' });
    await panel.getByRole('status').filter({ hasText: 'changes from' }).waitFor();

    // Removed things are drawn where they were (or past their lane's end), in words.
    const ghost = page.getByRole('img', { name: `Step removed: ${gone.title}` });
    await ghost.waitFor();
    expect(await ghost.innerText()).toContain('Step removed');
    await page.getByRole('img', { name: `Stage removed: ${goneStage.name}` }).waitFor();
    const goneStageSteps = v2.steps.filter((s) => s.stageId === goneStage.id);
    for (const step of goneStageSteps) await page.getByRole('img', { name: `Step removed: ${step.title}` }).waitFor();
    expect(await page.locator('.compare-lines line').count()).toBeGreaterThanOrEqual(goneLinks.length);

    // Stage and link changes: an outline or a line pattern, and a tag in words.
    const tags = await page.locator('.compare-tag').allInnerTexts();
    expect(tags).toContain('✎ Stage changed');
    expect(tags).toContain('+ Link added');
    expect(tags.filter((t) => t === '✕ Link removed').length).toBeGreaterThanOrEqual(goneLinks.length);
    const outline = await page.locator(`.react-flow__node[data-id="stage-${renamed.id}"] > *`).evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(outline).toBe('dashed');
    const dash = await page.locator(`.react-flow__edge[data-id="${added.id}"] .react-flow__edge-path`).evaluate((e) => getComputedStyle(e).strokeDasharray);
    expect(dash).not.toBe('none');
    // The added link's tag starts on the link's own curve.
    const offCurve = await page.evaluate((linkId) => {
      const tag = document.querySelector(`.compare-tag[data-mark="added:${linkId}"]`)!.getBoundingClientRect();
      const path = document.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${linkId}"] path.react-flow__edge-path`)!;
      const m = path.getScreenCTM()!;
      let best = Infinity;
      for (let l = 0; l <= path.getTotalLength(); l += 1) {
        const p = path.getPointAtLength(l);
        best = Math.min(best, Math.hypot(p.x * m.a + p.y * m.c + m.e - (tag.left - 8), p.x * m.b + p.y * m.d + m.f - (tag.top + tag.height / 2)));
      }
      return best;
    }, added.id);
    expect(offCurve).toBeLessThan(3);
    // What the compare adds to the canvas has names for assistive technology like the rest.
    expect(await accessibilityViolations(page)).toEqual([]);

    // Each line centres what it is about, removed steps included.
    const canvas = await page.getByRole('region', { name: 'Canvas' }).boundingBox();
    const centred = async (box: { x: number; y: number; width: number; height: number } | null) => {
      const c = { x: canvas!.x + canvas!.width / 2, y: canvas!.y + canvas!.height / 2 };
      return box !== null && Math.abs(box.x + box.width / 2 - c.x) < 40 && Math.abs(box.y + box.height / 2 - c.y) < 40;
    };
    await panel.getByRole('button', { name: `Buyer step '${gone.title}' removed from ${buyerStages[1]!.name}` }).click();
    await expect.poll(async () => centred(await ghost.boundingBox())).toBe(true);
    await panel.getByRole('button', { name: new RegExp(`^Buyer stage 'Spot the need' changed`) }).click();
    await expect.poll(async () => centred(await page.locator(`.react-flow__node[data-id="stage-${renamed.id}"]`).boundingBox())).toBe(true);
    await panel.getByRole('button', { name: `Mirror link '${seller.title}' → '${buyer.title}' added` }).click();
    await expect.poll(() => page.locator(`.react-flow__edge[data-id="${added.id}"].selected`).count()).toBe(1);
  });
});
