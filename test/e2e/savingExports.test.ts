import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlaybookDoc, PlaybookSummary } from '../../shared/domain/playbook';
import { loadTandemFile } from '../../shared/file/load';
import { makeTempDir } from '../support/tempDir';
import { useHarnessAndBrowser } from './support/session';

const corpus = join(process.cwd(), 'test', 'corpus');

// The app's way of saving: the page hands the export to the service, which asks where (here
// --save-to answers for the Save dialog) and writes it whole. No browser download is involved.
describe('saving exports through the app, as the Save dialog does', () => {
  const temp = makeTempDir('tandem-e2e-saving-');
  afterAll(() => temp.cleanup());
  const saveTo = join(temp.dir, 'Documents');
  mkdirSync(saveTo);
  const session = useHarnessAndBrowser(['--open', join(corpus, 'valid', 'b2b-v1.tandem'), '--save-to', saveTo]);

  it('writes text and image exports where the user chose, and says where', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto(harness.url);
    await page.locator('.react-flow__node-step').first().waitFor();
    const [summary] = await harness.call<PlaybookSummary[]>('listPlaybooks');
    const doc = await harness.call<PlaybookDoc>('getPlaybook', { id: summary!.id });

    await page.getByLabel('Export as').selectOption('tandem');
    await page.getByRole('status').filter({ hasText: `Exported ${saveTo}` }).waitFor();
    await page.getByLabel('Export as').selectOption('png');
    // Written beside and renamed into place: only the finished files are ever there by their names.
    await expect.poll(() => readdirSync(saveTo).filter((n) => !n.startsWith('.')).length).toBe(2);
    await page.getByRole('status').filter({ hasText: /Exported .*\.png/ }).waitFor();

    const [png, tandem] = [readdirSync(saveTo).find((n) => n.endsWith('.png'))!, readdirSync(saveTo).find((n) => n.endsWith('.tandem'))!];
    expect(readFileSync(join(saveTo, png)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const roundTrip = loadTandemFile(readFileSync(join(saveTo, tandem), 'utf8'), { byteLength: 0 });
    expect(roundTrip.ok && roundTrip.file.playbook).toEqual(doc);
    expect(downloads).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('says in one line why a file could not be written, and leaves what was there', async () => {
    const { harness, browser } = session;
    const { page } = browser;
    const [summary] = await harness.call<PlaybookSummary[]>('listPlaybooks');
    await page.goto(`${harness.url}#/playbook/${summary!.id}`);
    await page.locator('.react-flow__node-step').first().waitFor();
    const md = readdirSync(saveTo).find((n) => n.endsWith('.png'))!.replace(/\.png$/, '.md');
    // Where the Markdown would go there is a folder the user keeps things in.
    mkdirSync(join(saveTo, md));
    writeFileSync(join(saveTo, md, 'keep.txt'), 'keep');
    const before = readdirSync(saveTo).sort();

    await page.getByLabel('Export as').selectOption('md');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`${join(saveTo, md)}: is a folder; the file must name a file`);
    expect(readdirSync(saveTo).sort()).toEqual(before);
    expect(readFileSync(join(saveTo, md, 'keep.txt'), 'utf8')).toBe('keep');
  });
});
