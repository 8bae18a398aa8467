import { describe, expect, it } from 'vitest';
import type { PlaybookDoc, PlaybookSummary } from '../../shared/domain/playbook';
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
});
