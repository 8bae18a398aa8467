import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { overwriteMiddle } from '../support/damageFile';
import { makeTempDir } from '../support/tempDir';
import { launchBrowser } from './support/browser';
import { startHarness } from './support/harness';

describe('a damaged database in the browser', () => {
  const temp = makeTempDir('tandem-e2e-recovery-');
  afterAll(() => temp.cleanup());

  it('shows the damage screen, keeps the damaged file, and Restore brings back the newest backup', async () => {
    // A first run leaves a playbook and, on quit, its backup; then the database is damaged.
    const first = await startHarness([], { dataDir: temp.dir });
    await first.call('createPlaybook', { templateId: 'transactional-smb', name: 'Saved before the damage' });
    expect(await first.stop()).toBe(0);
    const dbFile = join(temp.dir, 'tandem.db');
    overwriteMiddle(dbFile);
    const damaged = readFileSync(dbFile);

    const [harness, browser] = await Promise.all([startHarness([], { dataDir: temp.dir }), launchBrowser()]);
    try {
      const { page } = browser;
      await page.goto(harness.url);
      await page.getByRole('heading', { name: 'Tandem’s data is damaged' }).waitFor();
      const keptAs = readdirSync(temp.dir).find((name) => /^tandem-damaged-.*\.db$/.test(name))!;
      expect(readFileSync(join(temp.dir, keptAs)).equals(damaged)).toBe(true);
      expect(await page.getByRole('main').textContent()).toContain(keptAs);
      expect(existsSync(dbFile)).toBe(false);

      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await page.getByText('Saved before the damage').waitFor();
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
      expect(await harness.stop()).toBe(0);
    }
  });

  it('warns above every screen when the data folder is inside a synced folder, until hidden', async () => {
    const synced = join(temp.dir, 'synced');
    mkdirSync(join(synced, '.stfolder'), { recursive: true });
    const [harness, browser] = await Promise.all([startHarness([], { dataDir: join(synced, 'data') }), launchBrowser()]);
    try {
      const { page } = browser;
      await page.goto(harness.url);
      const warning = page.getByRole('alert').filter({ hasText: 'Syncthing syncs' });
      await warning.waitFor();
      expect(await warning.textContent()).toContain(join(synced, 'data'));
      // The app under it works as usual.
      await page.getByRole('button', { name: 'New playbook' }).first().waitFor();
      await warning.getByRole('button', { name: 'Hide until next start' }).click();
      await warning.waitFor({ state: 'detached' });
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
      expect(await harness.stop()).toBe(0);
    }
  });
});
