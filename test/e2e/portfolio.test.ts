import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlaybookDoc, PlaybookSummary } from '../../shared/domain/playbook';
import { serializePlanFile } from '../../shared/file/serialize';
import { skipStep } from '../../shared/plan/deviations';
import { newPlanFromPlaybook } from '../../shared/plan/newPlan';
import type { PlanDoc } from '../../shared/plan/plan';
import { makeTempDir } from '../support/tempDir';
import { accessibilityViolations } from './support/axe';
import { useHarnessAndBrowser } from './support/session';

describe('the portfolio review in Chromium, through the harness', () => {
  const session = useHarnessAndBrowser();

  it('shows departures with their samples, and promoting one opens the next draft with the change', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    await harness.call('publishPlaybook', { id: doc.playbook.id });
    const seller = doc.steps.find((s) => doc.stages.find((st) => st.id === s.stageId)!.lane === 'seller')!;
    // 12 closed deals: the 6 that skip the seller step win 5, the 6 that keep it win 1.
    for (let i = 0; i < 12; i++) {
      let plan = await harness.call<PlanDoc>('createPlan', { playbookId: doc.playbook.id, account: `Account ${i}` });
      const skips = i < 6;
      plan = { ...plan, plan: { ...plan.plan, outcome: (skips ? i < 5 : i === 6) ? 'won' : 'lost' } };
      if (skips) plan = skipStep(plan, plan.steps.find((s) => s.playbookStepId === seller.id)!.id, { category: 'notRelevant', reason: 'Not needed' }, { newId: () => `skip-${i}`, now: '2026-11-20T10:00:00.000Z' });
      await harness.call('putPlan', { doc: plan });
    }

    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Portfolio review' }).click();
    await page.getByRole('heading', { name: `${doc.playbook.name} — version 1` }).waitFor();
    const row = page.locator('.portfolio-table tr', { hasText: seller.title });
    await expect.poll(() => row.textContent()).toContain('Skipped');
    expect(await row.textContent()).toContain('83% won, 17% lost, 0% no decision (n=6)');
    expect(await row.textContent()).toContain('17% won, 83% lost, 0% no decision (n=6)');

    await page.getByRole('button', { name: new RegExp(`^Promote: Remove "${seller.title}"`) }).click();
    const dialog = page.getByRole('dialog', { name: 'Promote into the next version?' });
    expect(await dialog.textContent()).toContain('Account 0, Account 1, Account 2, Account 3, Account 4, Account 5');
    await dialog.getByRole('button', { name: 'Accept and open the draft' }).click();

    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length - 1);
    expect(await page.locator('.react-flow__node-step', { hasText: seller.title }).count()).toBe(0);
    const list = await harness.call<Array<{ version: number; status: string; parentId: string | null }>>('listPlaybooks');
    expect(list).toContainEqual(expect.objectContaining({ version: 2, status: 'draft', parentId: doc.playbook.id }));
  });
});

describe('reviewing a folder of plan files in Chromium, through the harness', () => {
  // The harness stands in for the system's folder picker with --pick-folder.
  const folder = makeTempDir('tandem-e2e-plans-');
  const saved = makeTempDir('tandem-e2e-report-');
  const session = useHarnessAndBrowser(['--pick-folder', folder.dir]);
  afterAll(() => {
    folder.cleanup();
    saved.cleanup();
  });

  /** Plan i: of every 12, the first 6 skip the seller step and 5 of them win; of the other 6, one wins. */
  const planFile = (doc: PlaybookDoc, sellerId: string, i: number) => {
    let n = 0;
    const context = { newId: () => `p${i}-${++n}`, now: '2026-11-20T10:00:00.000Z' };
    let plan = newPlanFromPlaybook(doc, { account: `Account ${i}` }, context);
    const skips = i % 12 < 6;
    plan = { ...plan, plan: { ...plan.plan, outcome: (skips ? i % 12 < 5 : i % 12 === 6) ? 'won' : 'lost' } };
    if (skips) plan = skipStep(plan, plan.steps.find((s) => s.playbookStepId === sellerId)!.id, { category: 'notRelevant', reason: 'Not needed' }, context);
    return serializePlanFile(plan, doc, { now: '2026-11-20T10:00:00.000Z', appVersion: '0.0.0' });
  };

  it('lists skipped files with their reason, shows the figures, exports the report and promotes from the folder', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const created = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
    await harness.call('publishPlaybook', { id: created.playbook.id });
    const doc = await harness.call<PlaybookDoc>('getPlaybook', { id: created.playbook.id });
    const seller = doc.steps.find((s) => doc.stages.find((st) => st.id === s.stageId)!.lane === 'seller')!;
    for (let i = 0; i < 12; i++) writeFileSync(join(folder.dir, `plan-${String(i).padStart(2, '0')}.tandem`), planFile(doc, seller.id, i));
    writeFileSync(join(folder.dir, 'broken.tandem'), '{"format": "tandem", ');
    writeFileSync(join(folder.dir, 'notes.txt'), 'call Ana on Monday');

    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Portfolio review' }).click();
    await page.getByText('No deal plans yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Review a folder…' }).click();
    await page.getByRole('heading', { name: /^Portfolio review: tandem-e2e-plans-/ }).waitFor();
    const skipped = page.getByRole('region', { name: 'Files skipped (2)' });
    expect(await skipped.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^broken\.tandem: \S/), expect.stringMatching(/^notes\.txt: \S/)]);
    for (const line of await skipped.getByRole('listitem').allTextContents()) expect(line).not.toContain('\n');
    const row = page.locator('.portfolio-table tr', { hasText: seller.title });
    expect(await row.textContent()).toContain('Skipped');
    expect(await row.textContent()).toContain('83% won, 17% lost, 0% no decision (n=6)');
    expect(await row.textContent()).toContain('17% won, 83% lost, 0% no decision (n=6)');
    // Stage times and loop-backs per stage, beside what the playbook expects.
    expect(await page.getByRole('table', { name: `Stages of ${doc.playbook.name} version 1` }).getByRole('row').count()).toBe(doc.stages.length + 1);
    expect(await accessibilityViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export report…' }).click();
    const file = await download;
    const path = join(saved.dir, file.suggestedFilename());
    await file.saveAs(path);
    const html = readFileSync(path, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('12 deal plans reviewed');
    expect(html).toContain('broken.tandem');

    // The version is in this database, so the folder's evidence can become its next draft.
    await page.getByRole('button', { name: new RegExp(`^Promote: Remove "${seller.title}"`) }).click();
    await page.getByRole('dialog', { name: 'Promote into the next version?' }).getByRole('button', { name: 'Accept and open the draft' }).click();
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length - 1);
  });

  it('shows how far a long review is, and Cancel stops it with nothing changed', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const list = await harness.call<PlaybookSummary[]>('listPlaybooks');
    const published = await harness.call<PlaybookDoc>('getPlaybook', { id: list.find((p) => p.status === 'published')!.id });
    const seller = published.steps.find((s) => published.stages.find((st) => st.id === s.stageId)!.lane === 'seller')!;
    for (let i = 12; i < 1200; i++) writeFileSync(join(folder.dir, `plan-${String(i).padStart(4, '0')}.tandem`), planFile(published, seller.id, i));
    const before = await harness.call('listPlaybooks');

    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Portfolio review' }).click();
    await page.getByText('No deal plans yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Review a folder…' }).click();
    const status = page.getByRole('status').filter({ hasText: /Reviewing: [\d,]+ of 1,202 files read, [\d,]+ plans? counted/ });
    await status.waitFor();
    await status.getByRole('button', { name: 'Cancel review' }).click();
    await page.getByText('Review cancelled; nothing was changed.').waitFor();
    // What was shown before stays: the plans saved here, not the folder.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Portfolio review');
    await page.getByText('No deal plans yet.', { exact: false }).waitFor();
    expect(await harness.call('listPlaybooks')).toEqual(before);
  });
});
