import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppPreferences } from '../../shared/api/preferencesOps';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { makeTempDir } from '../support/tempDir';
import { accessibilityViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { startHarness } from './support/harness';

describe('Preferences and what the app remembers between starts', () => {
  const temp = makeTempDir('tandem-e2e-preferences-');
  afterAll(() => temp.cleanup());
  const data = join(temp.dir, 'data');
  const copies = join(temp.dir, 'second-disk');
  mkdirSync(data);
  mkdirSync(copies);

  it('sets name, theme and a second backup folder from the start screen; a bad folder is refused in one line and nothing is saved', async () => {
    const [harness, browser] = await Promise.all([startHarness([], { dataDir: data }), launchBrowser()]);
    try {
      const { page } = browser;
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Preferences' }).click();
      const dialog = page.getByRole('dialog', { name: 'Preferences' });
      await dialog.getByLabel('Your name').fill('Dana Reyes');
      await dialog.getByRole('radio', { name: 'Dark' }).check();
      await dialog.getByLabel('Second backup folder').fill('relative/folder');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/must be a full path/);
      expect(await harness.call<AppPreferences>('getAppPreferences')).toEqual({ authorName: '', theme: 'system', backupFolder: null });
      expect(await accessibilityViolations(page)).toEqual([]);

      await dialog.getByLabel('Second backup folder').fill(copies);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await harness.call<AppPreferences>('getAppPreferences')).toEqual({ authorName: 'Dana Reyes', theme: 'dark', backupFolder: copies });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

      // The name is the rep on a new deal plan.
      const doc = await harness.call<PlaybookDoc>('createPlaybook', { templateId: 'transactional-smb', name: 'SMB motion' });
      await harness.call('publishPlaybook', { id: doc.playbook.id });
      await page.reload();
      await page.getByRole('button', { name: 'New deal plan' }).click();
      await expect.poll(() => page.getByLabel('Rep').inputValue()).toBe('Dana Reyes');
      await page.keyboard.press('Escape');

      // Restore a backup… is reachable from Preferences too.
      await page.getByRole('button', { name: 'Preferences' }).click();
      await dialog.getByRole('button', { name: 'Restore a backup…' }).click();
      await page.getByRole('dialog', { name: 'Restore a backup' }).waitFor();
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
      expect(await harness.stop()).toBe(0);
    }
    // The backup taken on quit has its copy in the second folder too.
    expect(readdirSync(copies)).toEqual(readdirSync(join(data, 'backups')));
    expect(readdirSync(copies)).toEqual([expect.stringMatching(/^auto-.*\.db$/)]);
  });

  it('reopens the playbook that was open at the last close, with the theme kept', async () => {
    const first = await startHarness([], { dataDir: data });
    const browser = await launchBrowser();
    let id: string;
    try {
      const { page } = browser;
      const [summary] = await first.call<Array<{ id: string; name: string }>>('listPlaybooks');
      id = summary!.id;
      await page.goto(first.url);
      await page.getByRole('button', { name: /SMB motion/ }).first().click();
      await expect.poll(() => page.getByLabel('Playbook name').inputValue()).toBe('SMB motion');
      await expect.poll(() => first.call<Array<{ id: string }>>('listRecent')).toEqual([{ kind: 'playbook', id, name: 'SMB motion (v1)' }]);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    const second = await startHarness([], { dataDir: data });
    try {
      const { page } = browser;
      // A fresh start at the bare address, as the app starts.
      await page.goto(second.url);
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/playbook/${id}`);
      await expect.poll(() => page.getByLabel('Playbook name').inputValue()).toBe('SMB motion');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      // Only once per start: going to the start address again stays there.
      await page.goto(second.url);
      await page.getByRole('button', { name: 'Preferences' }).waitFor();
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
      expect(await second.stop()).toBe(0);
    }
  });
});
