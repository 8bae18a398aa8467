import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaybookDoc, PlaybookSummary } from '../../shared/domain/playbook';
import type { Note } from '../../shared/review/notes';
import type { PlanDoc } from '../../shared/plan/plan';
import { makeTempDir } from '../support/tempDir';
import { startHarness, type RunningHarness } from './support/harness';
import { useHarnessAndBrowser } from './support/session';

/** Saves the download the action starts and returns its path. */
async function download(page: Page, dir: string, start: () => Promise<unknown>): Promise<string> {
  const event = page.waitForEvent('download');
  await start();
  const file = await event;
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

describe('a playbook reviewed on another installation, and its notes back home', () => {
  // The author's Tandem; the reviewer's runs beside it with a database of its own.
  const session = useHarnessAndBrowser();
  const temp = makeTempDir('tandem-e2e-review-');
  let reviewer: RunningHarness;
  let reviewerPage: Page;
  let doc: PlaybookDoc;
  let sent: string;
  let back: string;

  beforeAll(async () => {
    reviewer = await startHarness();
    reviewerPage = await session.browser.context.newPage();
    await session.harness.call('setAuthorName', { name: 'Dana Whitfield' });
    await reviewer.call('setAuthorName', { name: 'Morgan Ellis' });
    doc = await session.harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb' });
  });
  afterAll(async () => {
    await reviewerPage?.close();
    expect(await reviewer?.stop()).toBe(0);
    temp.cleanup();
  });

  it('the author exports; the reviewer’s copy opens read-only, saying whose it is', async () => {
    const { page } = session.browser;
    await page.goto(`${session.harness.url}#/playbook/${doc.playbook.id}`);
    await page.locator('.react-flow__node-step').first().waitFor();
    sent = await download(page, temp.dir, () => page.getByLabel('Export as').selectOption('tandem'));

    await reviewerPage.goto(reviewer.url);
    await reviewerPage.getByLabel('Import playbook…').setInputFiles(sent);
    const banner = reviewerPage.getByRole('toolbar', { name: 'Review' }).getByRole('status');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/^Open for review: Dana Whitfield's playbook, exported .+\. Read-only\.$/);

    // Review mode refuses edits: the tools are off, and the service says no to a forced write.
    expect(await reviewerPage.getByRole('button', { name: 'Add buyer step' }).isDisabled()).toBe(true);
    const step = doc.steps[0]!;
    await expect(reviewer.call('putStep', { playbookId: doc.playbook.id, step: { ...step, title: 'Changed' } })).rejects.toThrow(/open for review/);
    await reviewerPage.locator(`.react-flow__node[data-id="${step.id}"]`).click();
    expect(await reviewerPage.locator('fieldset.read-only-frame').evaluate((f) => (f as HTMLFieldSetElement).disabled)).toBe(true);
  });

  it('the reviewer notes a step; it shows on the card and goes out in the file', async () => {
    const step = doc.steps[0]!;
    const lane = doc.stages.find((s) => s.id === step.stageId)!.lane === 'buyer' ? 'Buyer' : 'Seller';
    const panel = reviewerPage.getByRole('complementary', { name: 'Notes' });
    // The step selected on the canvas is offered first, then the whole playbook.
    await panel.getByLabel('Note on', { exact: true }).selectOption({ label: `${lane} step '${step.title}'` });
    await panel.getByLabel('Kind of note', { exact: true }).selectOption('question');
    await panel.getByLabel('Note', { exact: true }).fill('Who on the buyer side signs this off?');
    await panel.getByRole('button', { name: 'Add note' }).click();
    await reviewerPage.locator(`.react-flow__node[data-id="${step.id}"] .note-marker[aria-label="1 open note"]`).waitFor();
    await panel.getByLabel('Kind of note', { exact: true }).selectOption('approve');
    await panel.getByLabel('Note on', { exact: true }).selectOption({ label: `The whole playbook '${doc.playbook.name}'` });
    await panel.getByLabel('Note', { exact: true }).fill('Good to publish once answered.');
    await panel.getByRole('button', { name: 'Add note' }).click();
    await panel.locator('.note-text', { hasText: 'Good to publish once answered.' }).waitFor();

    back = await download(reviewerPage, temp.dir, () => reviewerPage.getByRole('button', { name: 'Export with notes' }).click());
  });

  it('"Make an editable copy" gives the reviewer a playbook of their own to change', async () => {
    await reviewerPage.getByRole('button', { name: 'Make an editable copy' }).click();
    await reviewerPage.getByText('Made an editable copy: it is yours to change.').waitFor();
    await expect.poll(() => reviewerPage.getByRole('button', { name: 'Add buyer step' }).isDisabled()).toBe(false);
    expect(await reviewerPage.getByRole('toolbar', { name: 'Review' }).getByRole('status').count()).toBe(0);
    const list = await reviewer.call<PlaybookSummary[]>('listPlaybooks');
    expect(list).toHaveLength(2);
    expect(list.map((p) => [p.name, p.status])).toEqual(
      expect.arrayContaining([
        [doc.playbook.name, 'draft'],
        [`${doc.playbook.name} (copy)`, 'draft'],
      ]),
    );
  });

  it('back home the notes land on the original, once; replies and resolve stick', async () => {
    const { page, dialogs } = session.browser;
    const { harness } = session;
    await page.getByRole('button', { name: 'Back to playbooks' }).click();
    await page.getByLabel('Import playbook…').setInputFiles(back);
    await page.getByText(/already here: the file's notes were added to it \(2 new\)/).waitFor();
    expect(await harness.call<PlaybookSummary[]>('listPlaybooks')).toHaveLength(1);
    expect(await page.getByRole('toolbar', { name: 'Review' }).getByRole('status').count()).toBe(0);

    const step = doc.steps[0]!;
    await page.locator(`.react-flow__node[data-id="${step.id}"] .note-marker`).waitFor();
    const panel = page.getByRole('complementary', { name: 'Notes' });
    const question = panel.locator('li.note', { hasText: 'Who on the buyer side signs this off?' });
    await question.getByLabel('Reply').fill('The CFO, after legal.');
    await question.getByRole('button', { name: 'Reply' }).click();
    await question.locator('.note-text', { hasText: 'The CFO, after legal.' }).waitFor();
    await question.getByRole('button', { name: 'Resolve' }).click();
    await question.getByRole('button', { name: 'Reopen' }).waitFor();
    expect(await page.locator(`.react-flow__node[data-id="${step.id}"] .note-marker`).count()).toBe(0);

    // The same file again: nothing added, nothing reopened.
    await page.getByRole('button', { name: 'Back to playbooks' }).click();
    await page.getByLabel('Import playbook…').setInputFiles(back);
    await page.getByText(/\(0 new\)/).waitFor();
    const notes = await harness.call<Note[]>('listNotes', { owner: { kind: 'playbook', id: doc.playbook.id } });
    expect(notes.map((n) => [n.kind, n.author, n.resolved, n.parentId !== null])).toEqual([
      ['question', 'Morgan Ellis', true, false],
      ['comment', 'Dana Whitfield', false, true],
      ['approve', 'Morgan Ellis', false, false],
    ]);

    // Filters: open notes only hide the resolved question.
    await panel.getByLabel('Show notes').selectOption('open');
    expect(await panel.locator('li.note').count()).toBe(1);
    expect(dialogs).toEqual([]);
  });
  it('a deal plan goes the same way: read-only for the manager, their notes back on the rep’s plan', async () => {
    const { page } = session.browser;
    const { harness } = session;
    await harness.call('publishPlaybook', { id: doc.playbook.id });
    const plan = await harness.call<PlanDoc>('createPlan', { playbookId: doc.playbook.id, account: 'Acme Corp' });
    await page.goto(`${harness.url}#/plan/${plan.plan.id}`);
    await page.locator('.react-flow__node-planStep').first().waitFor();
    const planFile = await download(page, temp.dir, () => page.getByLabel('Export plan as').selectOption('tandem'));

    await reviewerPage.goto(reviewer.url);
    await reviewerPage.getByLabel('Import playbook…').setInputFiles(planFile);
    const banner = reviewerPage.getByRole('toolbar', { name: 'Review' }).getByRole('status');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/^Open for review: Dana Whitfield's plan, exported .+\. Read-only\.$/);
    expect(await reviewerPage.locator('fieldset.read-only-frame').evaluate((f) => (f as HTMLFieldSetElement).disabled)).toBe(true);

    const panel = reviewerPage.getByRole('complementary', { name: 'Notes' });
    await panel.getByLabel('Note on', { exact: true }).selectOption({ label: 'The deal with Acme Corp' });
    await panel.getByLabel('Kind of note', { exact: true }).selectOption('flag');
    await panel.getByLabel('Note', { exact: true }).fill('No economic buyer yet.');
    await panel.getByRole('button', { name: 'Add note' }).click();
    await panel.locator('.note-text', { hasText: 'No economic buyer yet.' }).waitFor();
    const planBack = await download(reviewerPage, temp.dir, () => reviewerPage.getByRole('button', { name: 'Export with notes' }).click());

    await page.getByRole('button', { name: 'Back to the start screen' }).click();
    await page.getByLabel('Import playbook…').setInputFiles(planBack);
    await page.getByRole('complementary', { name: 'Notes' }).locator('.note-text', { hasText: 'No economic buyer yet.' }).waitFor();
    expect(await harness.call<unknown[]>('listPlans')).toHaveLength(1);
    const notes = await harness.call<Note[]>('listNotes', { owner: { kind: 'plan', id: plan.plan.id } });
    expect(notes.map((n) => [n.kind, n.target, n.author])).toEqual([['flag', { kind: 'plan', id: plan.plan.id }, 'Morgan Ellis']]);
  });
});

describe('a reviewed file handed to the app at start (--open)', () => {
  const sample = join(process.cwd(), 'test', 'corpus', 'valid', 'acme-plan-notes-v1.tandem');
  const session = useHarnessAndBrowser(['--open', sample]);

  it('opens read-only for review, with whose it is and its notes', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.goto(harness.url);
    const banner = page.getByRole('toolbar', { name: 'Review' }).getByRole('status');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/^Open for review: Morgan Ellis's plan, exported .+\. Read-only\.$/);
    const panel = page.getByRole('complementary', { name: 'Notes' });
    await panel.locator('.note-text', { hasText: 'Economic buyer not yet met in person.' }).waitFor();
    expect(await panel.locator('li.note').count()).toBe(6);
    await panel.getByLabel('Show notes').selectOption('resolved');
    expect(await panel.locator('li.note').count()).toBe(1);
    await panel.getByLabel('Show notes').selectOption('all');
    await panel.getByLabel('Kind of notes shown').selectOption('flag');
    expect(await panel.locator('li.note .note-text').allInnerTexts()).toEqual(['Economic buyer not yet met in person.']);
  });
});
