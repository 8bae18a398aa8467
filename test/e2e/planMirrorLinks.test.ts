import { describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import type { PlanDoc } from '../../shared/plan/plan';
import { checkMirrorLinks } from './support/mirrorLinkCheck';
import { useHarnessAndBrowser } from './support/session';

describe('mirror links on the plan canvas, in Chromium through the harness', () => {
  const session = useHarnessAndBrowser();

  it('never run behind a step card and end on the plan step made from their own buyer step', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    await harness.call('publishPlaybook', { id: doc.playbook.id });
    const plan = await harness.call<PlanDoc>('createPlan', { playbookId: doc.playbook.id, account: 'Acme Corp' });
    const planStepOf = new Map(plan.steps.map((s) => [s.playbookStepId, s.id] as const));
    const mirrors = doc.links.filter((l) => l.kind === 'mirror');

    await page.goto(`${harness.url}#/plan/${plan.plan.id}`);
    await expect.poll(() => page.locator('.react-flow__node-planStep').count()).toBe(plan.steps.length);
    await page.getByRole('button', { name: 'Fit View', exact: true }).click();
    await expect.poll(() => page.locator('.react-flow__edge.edge-mirror').count()).toBe(mirrors.length);
    // Fit View animates; the check reads positions, so wait until they stop changing.
    let last = '';
    await expect.poll(async () => {
      const now = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
      const settled = now === last;
      last = now;
      return settled;
    }).toBe(true);

    const reports = await checkMirrorLinks(
      page,
      mirrors.map((l) => l.id),
      '.react-flow__node-planStep',
    );
    const title = (planStepId: string | null) => plan.steps.find((s) => s.id === planStepId)?.title ?? planStepId;
    for (const link of mirrors) {
      const report = reports.find((r) => r.linkId === link.id)!;
      const what = `${title(planStepOf.get(link.sourceId)!)} → ${title(planStepOf.get(link.targetId)!)}`;
      expect(report.sampled, what).toBeGreaterThan(5);
      expect(report.covered.map((c) => `${what} hidden under ${title(c.card)}`), what).toEqual([]);
      expect(title(report.endsOn), what).toBe(title(planStepOf.get(link.targetId)!));
    }

    // Each relation label sits in the gap between the lanes, over no card.
    const labelsOnCards = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('.react-flow__node-planStep')].map((n) => n.getBoundingClientRect());
      return [...document.querySelectorAll('.react-flow__edge.edge-mirror')].flatMap((edge) => {
        const label = edge.querySelector('.react-flow__edge-textbg')?.getBoundingClientRect();
        if (!label) return [`${edge.getAttribute('data-id')} has no label`];
        const over = cards.some((c) => label.left < c.right && label.right > c.left && label.top < c.bottom && label.bottom > c.top);
        return over ? [`${edge.getAttribute('data-id')} at ${Math.round(label.x)},${Math.round(label.y)}`] : [];
      });
    });
    expect(labelsOnCards).toEqual([]);
  });
});
