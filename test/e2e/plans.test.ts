import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/api/contract';
import type { PlanWithPlaybook } from '../../shared/api/planOps';
import type { PlaybookDoc, PlaybookSummary } from '../../shared/domain/playbook';
import type { PlanSummary } from '../../shared/plan/plan';
import { makeTempDir } from '../support/tempDir';
import { accessibilityViolations } from './support/axe';
import { startHarness } from './support/harness';
import { useHarnessAndBrowser } from './support/session';

async function allSaved(page: Page) {
  await page.getByText('All changes saved').waitFor();
}

/** Opens a plan step in the inspector the way a keyboard user does: focus its card, press Enter. */
async function selectStep(page: Page, id: string) {
  await page.locator(`.react-flow__node[data-id="${id}"]`).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Close step' }).waitFor();
}

describe('deal plans in Chromium, through the harness', () => {
  const session = useHarnessAndBrowser();
  const temp = makeTempDir('tandem-e2e-plans-');
  afterAll(() => temp.cleanup());
  let playbookId = '';
  let planId = '';

  it('publishes a playbook from the editor, which then is read-only until a new version is started', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const created = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'b2b-saas-new-logo' });
    playbookId = created.playbook.id;
    await page.goto(`${harness.url}#/playbook/${playbookId}`);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    // Publishing cannot be undone: it asks first, and Cancel (which has the focus) changes nothing.
    const confirm = page.getByRole('dialog', { name: 'Publish version 1?' });
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    expect((await harness.call<PlaybookDoc>('getPlaybook', { id: playbookId })).playbook.status).toBe('draft');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await confirm.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByText('Version 1 · published — read-only').waitFor();
    expect((await harness.call<PlaybookDoc>('getPlaybook', { id: playbookId })).playbook.status).toBe('published');

    // Nothing on the published version can be changed: not its fields, its lanes, or its steps.
    expect(await page.getByRole('button', { name: 'Add buyer step' }).isDisabled()).toBe(true);
    const step = created.steps[0]!;
    await page.locator(`[data-id="${step.id}"]`).focus();
    await page.keyboard.press('Enter');
    const title = page.getByLabel('Title', { exact: true });
    await title.waitFor();
    expect(await title.isDisabled()).toBe(true);
    expect(await page.locator(`[data-id="${step.id}"]`).getAttribute('class')).not.toContain('draggable');
    await page.locator(`[data-id="${step.id}"]`).focus();
    await page.keyboard.press('Delete');
    await page.waitForTimeout(200);
    expect((await harness.call<PlaybookDoc>('getPlaybook', { id: playbookId })).steps).toHaveLength(created.steps.length);

    // The start screen lists the version with its status; one that plans use cannot be deleted (below).
    await page.getByRole('button', { name: 'Back to playbooks' }).click();
    await page.getByText('v1 · published').waitFor();
  });

  it('creates a plan for Acme Corp through the dialog and opens it on the plan canvas', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.getByRole('button', { name: 'New deal plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'New deal plan' });
    await dialog.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByLabel('Account (required)').fill('Acme Corp');
    await dialog.getByLabel('Opportunity').fill('Platform rollout');
    await dialog.getByLabel('Value').fill('120000');
    await dialog.getByLabel('Target close date').fill('2027-06-30');
    await dialog.getByLabel('Rep').fill('Riley Rep');
    await dialog.getByRole('button', { name: 'Create deal plan' }).click();

    const [summary] = await harness.call<PlanSummary[]>('listPlans');
    expect(summary).toMatchObject({ account: 'Acme Corp', rep: 'Riley Rep', value: 120000, targetCloseDate: '2027-06-30', playbookId });
    planId = summary!.id;
    await page.waitForURL(`**/#/plan/${planId}`);
    const { plan, playbook } = await harness.call<PlanWithPlaybook>('getPlan', { id: planId });
    await expect.poll(() => page.locator('.react-flow__node-planStep').count()).toBe(plan.steps.length);
    expect(await page.getByText('Buyer journey', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Seller process', { exact: true }).isVisible()).toBe(true);
    const firstBuyerStage = playbook.stages.filter((s) => s.lane === 'buyer' && !s.alwaysOn).sort((a, b) => a.order - b.order)[0]!;
    expect(await page.getByTestId('current-buyer-stage').innerText()).toBe(firstBuyerStage.name);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('records a done buyer step, a skipped seller step with its reason, a stakeholder on a buyer step; all of it survives a reload', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const { plan, playbook } = await harness.call<PlanWithPlaybook>('getPlan', { id: planId });
    const stageOrder = new Map(playbook.stages.map((s) => [s.id, s.order] as const));
    const byStage = (lane: 'buyer' | 'seller') => plan.steps.filter((s) => s.lane === lane).sort((a, b) => stageOrder.get(a.stageId)! - stageOrder.get(b.stageId)! || a.y - b.y);
    const [buyerDone, buyerNext] = byStage('buyer');
    const sellerSkipped = byStage('seller')[0]!;

    // The buyer step is done; its status shows on the card as a word, not only a colour.
    await selectStep(page, buyerDone!.id);
    await page.getByLabel('Status').selectOption('done');
    await expect.poll(() => page.locator(`[data-id="${buyerDone!.id}"] .plan-step`).getAttribute('data-status')).toBe('done');
    expect(await page.locator(`[data-id="${buyerDone!.id}"]`).innerText()).toContain('Done');

    // Skipping asks why, and the card then carries a deviation badge.
    await selectStep(page, sellerSkipped.id);
    await page.getByLabel('Status').selectOption('skipped');
    const skip = page.getByRole('dialog', { name: 'Skip this step' });
    await skip.getByLabel('Category').selectOption('alreadyDone');
    await skip.getByLabel('Reason').fill('The customer ran their own security review last quarter.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await skip.getByRole('button', { name: 'Skip step' }).click();
    await expect.poll(() => page.locator(`[data-id="${sellerSkipped.id}"] .plan-step`).getAttribute('data-status')).toBe('skipped');
    expect(await page.locator(`[data-id="${sellerSkipped.id}"] .deviation-badge`).innerText()).toContain('Deviation');
    await page.getByText('The customer ran their own security review last quarter.').waitFor();

    // The buying committee: a person with two roles, assigned to both buyer steps.
    await page.getByRole('button', { name: 'Close step' }).click();
    await page.getByText('No economic buyer: nobody on the committee is known to sign.').waitFor();
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    const person = page.getByRole('dialog', { name: 'Add stakeholder' });
    await person.getByLabel('Name').fill('Dana Diaz');
    await person.getByLabel('Title').fill('CFO');
    await person.getByLabel('Economic buyer').check();
    await person.getByLabel('Coach').check();
    await person.getByLabel('Stance').selectOption('mobilizer');
    await person.getByLabel('Engagement').selectOption('high');
    await person.getByRole('button', { name: 'Add stakeholder' }).click();
    await page.getByText('Economic buyer, Coach · Mobilizer · engagement high').waitFor();
    expect(await page.getByText('No economic buyer').count()).toBe(0);

    for (const [step, date] of [
      [buyerDone!, null],
      [buyerNext!, '2027-03-15'],
    ] as const) {
      await selectStep(page, step.id);
      await page.getByLabel('Dana Diaz').check();
      await page.getByLabel('Buyer owner').selectOption({ label: 'Dana Diaz (CFO)' });
      await page.getByLabel('Seller owner').fill('Riley Rep');
      await page.getByLabel('Seller owner').press('Enter');
      if (date) {
        await page.getByLabel('Planned date').fill(date);
        await page.getByLabel('Planned date').press('Enter');
      }
    }
    await allSaved(page);

    await page.reload();
    await expect.poll(() => page.locator('.react-flow__node-planStep').count()).toBe(plan.steps.length);
    expect(await page.locator(`[data-id="${buyerDone!.id}"] .plan-step`).getAttribute('data-status')).toBe('done');
    expect(await page.locator(`[data-id="${sellerSkipped.id}"] .plan-step`).getAttribute('data-status')).toBe('skipped');
    await page.getByText('The customer ran their own security review last quarter.').waitFor();
    await page.getByText('Dana Diaz').first().waitFor();
    await selectStep(page, buyerNext!.id);
    expect(await page.getByLabel('Dana Diaz').isChecked()).toBe(true);
    expect(await page.getByLabel('Planned date').inputValue()).toBe('2027-03-15');

    const saved = (await harness.call<PlanWithPlaybook>('getPlan', { id: planId })).plan;
    const dana = saved.stakeholders.find((p) => p.name === 'Dana Diaz')!;
    expect(dana).toMatchObject({ title: 'CFO', roles: ['economicBuyer', 'coach'], stance: 'mobilizer', engagement: 'high' });
    expect(saved.steps.find((s) => s.id === buyerNext!.id)).toMatchObject({ stakeholderIds: [dana.id], buyerOwnerId: dana.id, sellerOwner: 'Riley Rep', plannedDate: '2027-03-15' });
    expect(saved.deviations).toMatchObject([{ kind: 'skip', planStepId: sellerSkipped.id, category: 'alreadyDone', reason: 'The customer ran their own security review last quarter.' }]);

    // Undo takes back the last edit and saves that; redo puts it back.
    const plannedOfNext = async () => (await harness.call<PlanWithPlaybook>('getPlan', { id: planId })).plan.steps.find((s) => s.id === buyerNext!.id)!.plannedDate;
    await page.getByLabel('Planned date').fill('2027-04-01');
    await page.getByLabel('Planned date').press('Enter');
    await allSaved(page);
    await page.getByRole('button', { name: 'Close step' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(plannedOfNext).toBe('2027-03-15');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(plannedOfNext).toBe('2027-04-01');

    // The mutual action plan: the dated steps with an owner on each side, in date order.
    await page.getByRole('button', { name: 'Mutual action plan' }).click();
    const rows = page.locator('.map-table').first().locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('th').innerText()).toBe(buyerDone!.title);
    expect(await rows.nth(1).locator('th').innerText()).toBe(buyerNext!.title);
    expect(await rows.nth(1).getByLabel(`Planned date of ${buyerNext!.title}`).inputValue()).toBe('2027-04-01');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('adds a step of the rep’s own, moves a step and loops back, each with a reason on record; undo takes one back', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.getByRole('button', { name: 'Canvas', exact: true }).click();
    const { plan, playbook } = await harness.call<PlanWithPlaybook>('getPlan', { id: planId });
    const buyerStages = playbook.stages.filter((s) => s.lane === 'buyer' && !s.alwaysOn).sort((a, b) => a.order - b.order);

    await page.getByRole('button', { name: 'Add own step…' }).click();
    const add = page.getByRole('dialog', { name: 'Add a step of your own' });
    await add.getByLabel('Step title').fill('Site visit with the plant manager');
    await add.getByLabel('Stage').selectOption({ label: buyerStages[1]!.name });
    await add.getByLabel('Category').selectOption('customer');
    await add.getByLabel('Reason').fill('Manufacturing buyers want to see a reference plant.');
    await add.getByRole('button', { name: 'Add step' }).click();
    await page.getByLabel('Title', { exact: true }).waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Site visit with the plant manager');
    await expect.poll(() => page.locator('.react-flow__node-planStep').count()).toBe(plan.steps.length + 1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Move a buyer step of the second stage to the third.
    const moved = plan.steps.find((s) => s.stageId === buyerStages[1]!.id)!;
    await selectStep(page, moved.id);
    await page.getByRole('button', { name: 'Move to another stage…' }).click();
    const move = page.getByRole('dialog', { name: 'Move this step to another stage' });
    await move.getByLabel('Move to stage').selectOption({ label: buyerStages[2]!.name });
    await move.getByLabel('Category').selectOption('timing');
    await move.getByLabel('Reason').fill('Their budget cycle comes later this year.');
    await move.getByRole('button', { name: 'Move step' }).click();
    await page.getByText(`Stage: ${buyerStages[2]!.name}`).waitFor();

    // The buyer went back to the start: its done step is open again.
    await page.getByRole('button', { name: 'Loop back…' }).click();
    const loop = page.getByRole('dialog', { name: 'Loop back to an earlier buyer stage' });
    await loop.getByLabel('Back to buyer stage').selectOption({ label: buyerStages[0]!.name });
    await loop.getByLabel('Category').selectOption('customer');
    await loop.getByLabel('Reason').fill('A new CFO reopened the problem statement.');
    await loop.getByRole('button', { name: 'Loop back' }).click();
    await allSaved(page);
    let saved = (await harness.call<PlanWithPlaybook>('getPlan', { id: planId })).plan;
    expect(saved.deviations.map((d) => [d.kind, d.reason])).toEqual([
      ['skip', 'The customer ran their own security review last quarter.'],
      ['add', 'Manufacturing buyers want to see a reference plant.'],
      ['move', 'Their budget cycle comes later this year.'],
      ['loopBack', 'A new CFO reopened the problem statement.'],
    ]);
    expect(saved.steps.find((s) => s.id === moved.id)!.stageId).toBe(buyerStages[2]!.id);
    expect(saved.steps.filter((s) => s.stageId === buyerStages[0]!.id).map((s) => s.status)).not.toContain('done');
    await page.getByRole('button', { name: 'Close step' }).click();
    await page.getByText('A new CFO reopened the problem statement.').waitFor();

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await allSaved(page);
    await expect.poll(async () => (await harness.call<PlanWithPlaybook>('getPlan', { id: planId })).plan.deviations).toHaveLength(3);
    saved = (await harness.call<PlanWithPlaybook>('getPlan', { id: planId })).plan;
    expect(saved.steps.filter((s) => s.stageId === buyerStages[0]!.id).map((s) => s.status)).toContain('done');
  });

  it('refuses to delete the playbook version the plan uses, in one line', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.getByRole('button', { name: 'Back to the start screen' }).click();
    await page.getByRole('button', { name: 'Open plan for Acme Corp' }).waitFor();
    const [summary] = await harness.call<PlaybookSummary[]>('listPlaybooks');
    await page.getByRole('button', { name: `Delete ${summary!.name}` }).click();
    await page.getByRole('dialog', { name: 'Delete playbook?' }).getByRole('button', { name: 'Delete playbook' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('cannot be deleted: 1 deal plan is pinned to it. Retire it instead.');
    await alert.getByRole('button', { name: 'Dismiss message' }).click();
    expect(await harness.call<PlaybookSummary[]>('listPlaybooks')).toHaveLength(1);
  });

  it('exports the plan as a .tandem file that opens with its playbook in another Tandem with its own database', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.getByRole('button', { name: 'Open plan for Acme Corp' }).click();
    await page.locator('.react-flow__node-planStep').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByLabel('Export plan as').selectOption('tandem');
    const file = await download;
    const path = join(temp.dir, file.suggestedFilename());
    await file.saveAs(path);
    expect(file.suggestedFilename()).toBe('Acme Corp deal plan.tandem');
    const original = await harness.call<PlanWithPlaybook>('getPlan', { id: planId });

    // The mutual action plan goes to the customer as a calendar too: its dated steps, nothing else.
    const calendar = page.waitForEvent('download');
    await page.getByLabel('Export plan as').selectOption('map-ics');
    const ics = readFileSync(await (await calendar).path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('20270401');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);

    const other = await startHarness();
    try {
      const result = await other.call<ImportResult>('importPlaybookFile', { text: readFileSync(path, 'utf8') });
      expect(result).toMatchObject({ kind: 'plan', planId, playbookId });
      const imported = await other.call<PlanWithPlaybook>('getPlan', { id: planId });
      expect(imported.playbook.steps).toEqual(original.playbook.steps);
      expect(imported.plan.stakeholders).toEqual(original.plan.stakeholders);
      expect(imported.plan.deviations).toEqual(original.plan.deviations);

      const second = await browser.context.newPage();
      await second.goto(`${other.url}#/plan/${planId}`);
      await expect.poll(() => second.locator('.react-flow__node-planStep').count()).toBe(original.plan.steps.length);
      await second.getByRole('heading', { name: /Acme Corp/ }).waitFor();
      await second.getByText(`${original.playbook.playbook.name} v1`).waitFor();
      await second.close();
    } finally {
      expect(await other.stop()).toBe(0);
    }
    expect(browser.errors).toEqual([]);
  });

  it('keeps what was being typed in a plan when the page goes away mid-edit', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const { plan } = await harness.call<PlanWithPlaybook>('getPlan', { id: planId });
    const step = plan.steps.find((s) => s.lane === 'seller' && s.status === 'notStarted')!;
    await selectStep(page, step.id);
    await page.getByLabel('Notes').fill('Call their procurement lead first');
    await page.reload();
    await expect.poll(async () => (await harness.call<PlanWithPlaybook>('getPlan', { id: planId })).plan.steps.find((s) => s.id === step.id)!.notes).toBe('Call their procurement lead first');
    await page.locator('.react-flow__node-planStep').first().waitFor();
  });

  it('starts a new draft version from the published one; the list shows both with their status', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.goto(`${harness.url}#/playbook/${playbookId}`);
    await page.getByRole('button', { name: 'Start new version' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).waitFor();
    await page.getByText('Version 2 · draft').waitFor();
    const versions = await harness.call<PlaybookSummary[]>('listPlaybooks');
    const draft = versions.find((v) => v.version === 2)!;
    expect(draft).toMatchObject({ status: 'draft', parentId: playbookId });
    expect(page.url()).toContain(`#/playbook/${draft.id}`);
    expect(await page.getByRole('button', { name: 'Add buyer step' }).isDisabled()).toBe(false);

    await page.getByRole('button', { name: 'Back to playbooks' }).click();
    await page.getByText('v2 · draft').waitFor();
    await page.getByText('v1 · published').waitFor();
    await page.getByRole('button', { name: `Retire ${draft.name} version 1` }).click();
    await page.getByRole('dialog', { name: `Retire ${draft.name} version 1?` }).getByRole('button', { name: 'Retire version 1' }).click();
    await page.getByText('v1 · retired').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('a plan file the app is started with', () => {
  const sample = join(process.cwd(), 'test', 'corpus', 'valid', 'acme-plan-v1.tandem');
  const session = useHarnessAndBrowser(['--open', sample]);

  it('opens on the plan screen with its playbook version, the deviations on record and the committee', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const file = JSON.parse(readFileSync(sample, 'utf8')) as { plan: { plan: { id: string; account: string }; steps: unknown[]; deviations: Array<{ reason: string }> } };
    await page.goto(harness.url);
    await page.waitForURL(`**/#/plan/${file.plan.plan.id}`);
    await expect.poll(() => page.locator('.react-flow__node-planStep').count()).toBe(file.plan.steps.length);
    await page.getByRole('heading', { name: new RegExp(file.plan.plan.account) }).waitFor();
    for (const d of file.plan.deviations) await page.getByText(d.reason).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});

