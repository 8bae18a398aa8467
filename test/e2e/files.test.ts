import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlaybookDoc, PlaybookSummary } from '../../shared/domain/playbook';
import { loadTandemFile } from '../../shared/file/load';
import { makeTempDir } from '../support/tempDir';
import { useHarnessAndBrowser } from './support/session';

const corpus = join(process.cwd(), 'test', 'corpus');

describe('files in the browser: open on start, import, export', () => {
  const session = useHarnessAndBrowser(['--open', join(corpus, 'valid', 'b2b-v1.tandem')]);
  const temp = makeTempDir('tandem-e2e-files-');
  afterAll(() => temp.cleanup());

  it('opens the --open file on the canvas at start', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const expected = loadTandemFile(readFileSync(join(corpus, 'valid', 'b2b-v1.tandem'), 'utf8'), { byteLength: 0 });
    if (!expected.ok) throw new Error(expected.error.message);
    await page.goto(harness.url);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(expected.file.playbook.steps.length);
    expect(await page.getByLabel('Playbook name').inputValue()).toBe(expected.file.playbook.playbook.name);
  });

  it('exports each format from the menu; the HTML review document runs no script, asks for nothing and shows every step', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const [summary] = await harness.call<PlaybookSummary[]>('listPlaybooks');
    const doc = await harness.call<PlaybookDoc>('getPlaybook', { id: summary!.id });
    const saved: Record<string, string> = {};
    for (const format of ['tandem', 'html', 'md', 'csv', 'svg', 'png', 'canvas', 'bpmn', 'mermaid']) {
      const download = page.waitForEvent('download');
      await page.getByLabel('Export as').selectOption(format);
      const file = await download;
      const path = join(temp.dir, file.suggestedFilename());
      await file.saveAs(path);
      saved[format] = path;
    }
    expect(readFileSync(saved.png!).subarray(1, 4).toString()).toBe('PNG');
    const roundTrip = loadTandemFile(readFileSync(saved.tandem!, 'utf8'), { byteLength: 0 });
    expect(roundTrip.ok && roundTrip.file.playbook).toEqual(doc);
    expect(readFileSync(saved.csv!, 'utf8').split('\r\n')[0]).toMatch(/lane.*stage.*title|title.*lane/);

    // Open the HTML export on its own, as a manager would.
    const review = await browser.context.newPage();
    const requests: string[] = [];
    review.on('request', (r) => requests.push(r.url()));
    const consoleErrors: string[] = [];
    review.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await review.goto(`file://${saved.html}`);
    expect(requests).toEqual([`file://${encodeURI(saved.html!).replace(/%20/g, '%20')}`]);
    expect(await review.locator('script').count()).toBe(0);
    const text = await review.locator('body').innerText();
    for (const step of doc.steps) expect(text).toContain(step.title);
    expect(consoleErrors).toEqual([]);
    await review.close();
  });

  it('shows content links as text, and hands only an http(s) one to the app to open (its main process asks first)', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    // The file's version is published, so read-only: links are added to its next draft.
    await page.getByRole('button', { name: 'Start new version' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).waitFor();
    const summary = (await harness.call<PlaybookSummary[]>('listPlaybooks')).find((p) => p.status === 'draft');
    const doc = await harness.call<PlaybookDoc>('getPlaybook', { id: summary!.id });
    const step = doc.steps[0]!;
    await page.getByRole('button', { name: 'Fit View', exact: true }).click();
    await page.locator(`[data-id="${step.id}"] .step-title`).click();
    for (const [label, url] of [['Trap', 'javascript:alert(1)'], ['ROI calculator', 'https://example.com/roi']]) {
      await page.getByLabel('Content label').fill(label!);
      await page.getByLabel('Content address (https://…)').fill(url!);
      await page.getByRole('button', { name: 'Add content' }).click();
    }
    await page.getByText('javascript:alert(1)').waitFor();
    expect(await page.getByRole('button', { name: 'Open Trap' }).count()).toBe(0);

    expect(harness.output()).not.toContain('open-external');
    // One question, asked by the main process in a native dialog (test/node/shellStartup.test.ts); the page adds none.
    await page.getByRole('button', { name: 'Open ROI calculator' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => harness.output()).toContain('open-external https://example.com/roi');
    expect(harness.output()).not.toContain('javascript:');
    // The page itself went nowhere.
    expect(page.url().startsWith(harness.url)).toBe(true);
    const saved = await harness.call<PlaybookDoc>('getPlaybook', { id: summary!.id });
    expect(saved.steps.find((s) => s.id === step.id)!.contentLinks).toEqual([
      { label: 'Trap', url: 'javascript:alert(1)' },
      { label: 'ROI calculator', url: 'https://example.com/roi' },
    ]);
    await expect(harness.call('openExternalLink', { url: 'javascript:alert(1)' })).rejects.toThrow('Only http and https links can be opened.');
  });

  it('imports a file chosen in the list: a copy when it is already here; a hostile file is refused in one line', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    await page.getByRole('button', { name: 'Back to playbooks' }).click();
    const before = await harness.call<PlaybookSummary[]>('listPlaybooks');
    await page.getByLabel('Import playbook…').setInputFiles(join(corpus, 'valid', 'b2b-v1.tandem'));
    await page.getByText(/as a copy: the original is already here/).waitFor();
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBeGreaterThan(0);
    const after = await harness.call<PlaybookSummary[]>('listPlaybooks');
    expect(after.length).toBe(before.length + 1);

    await page.getByRole('button', { name: 'Back to playbooks' }).click();
    const hostile = join(temp.dir, 'hostile.tandem');
    writeFileSync(hostile, readFileSync(join(corpus, 'hostile', 'newer-version.tandem')));
    await page.getByLabel('Import playbook…').setInputFiles(hostile);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/hostile\.tandem: This file was made by a newer version of Tandem/);
    expect((await harness.call<PlaybookSummary[]>('listPlaybooks')).length).toBe(after.length);
    expect(browser.dialogs).toEqual([]);
  });
});
