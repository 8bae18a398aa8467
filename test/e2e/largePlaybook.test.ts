import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { bigPlaybook, envelope } from '../node/support/samplePlaybook';
import { useHarnessAndBrowser } from './support/session';

describe('a 2,000-step playbook on the canvas', () => {
  const session = useHarnessAndBrowser();

  it('opens, and a drag writes to the database once, on drop, never per mouse move', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const { playbookId } = await harness.call<{ playbookId: string }>('importPlaybookFile', { text: JSON.stringify(envelope(bigPlaybook({ steps: 2000 }))) });
    await page.goto(`${harness.url}#/playbook/${playbookId}`);
    await expect.poll(() => page.locator('.react-flow__node-step').count(), { timeout: 30_000 }).toBe(2000);

    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/api\/(put|delete|replace|reorder)/.test(r.url())) writes.push(r.url());
    });
    const doc = await harness.call<PlaybookDoc>('getPlaybook', { id: playbookId });
    const moving = doc.steps[0]!;
    const box = (await page.locator(`[data-id="${moving.id}"] .step-title`).boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 5);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + 10 + i * 2, box.y + 5 + i);
    expect(writes).toEqual([]);
    await page.mouse.up();
    await page.getByText('All changes saved').waitFor();
    await expect.poll(() => writes.length).toBe(1);
    expect(writes[0]).toMatch(/\/api\/putSteps$/);
    // Generated steps may share a spot; whichever was on top moved, and only it.
    const after = await harness.call<PlaybookDoc>('getPlaybook', { id: playbookId });
    const before = new Map(doc.steps.map((s) => [s.id, s] as const));
    const changed = after.steps.filter((s) => {
      const old = before.get(s.id)!;
      return old.x !== s.x || old.y !== s.y || old.stageId !== s.stageId;
    });
    expect(changed).toHaveLength(1);
  });
});
