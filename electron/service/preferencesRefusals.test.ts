import { accessSync, chmodSync, constants, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../../test/support/refusal';
import { useServiceOnDisk } from '../../test/support/serviceOnDisk';

/**
 * A folder this process cannot write to. Permissions do not stop root, so as root it is one the
 * kernel keeps read-only even for root (/proc/sys on Linux); null when there is none.
 */
function unwritableFolder(parent: string): string | null {
  if (process.getuid?.() !== 0) {
    const locked = join(parent, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    return locked;
  }
  try {
    if (!statSync('/proc/sys').isDirectory()) return null;
    accessSync('/proc/sys', constants.W_OK);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EACCES' ? '/proc/sys' : null;
  }
}

/** The second backup folder and the author name, as the Preferences dialog sends them. */
describe('preferences the service refuses or tidies', () => {
  const on = useServiceOnDisk();

  it('refuses a backup folder Tandem cannot write to, in one line, keeping the one set', async () => {
    const good = join(on.dir, 'good');
    mkdirSync(good);
    await on.api.setAppPreferences({ backupFolder: good });
    const locked = unwritableFolder(on.dir);
    if (locked === null) return; // nowhere this process cannot write: nothing to refuse
    await expectRefused(on.db, () => on.api.setAppPreferences({ backupFolder: locked, theme: 'dark' }), 'invalid-argument', `Tandem cannot write to the backup folder ${locked}.`);
    expect(await on.api.getAppPreferences(undefined)).toMatchObject({ theme: 'system', backupFolder: good });
  });

  it('refuses the data folder and its own backups folder: the backups are already there', async () => {
    mkdirSync(join(on.dir, 'backups'), { recursive: true });
    const already = 'Backups are already kept in the data folder: choose another folder, on another disk if you can.';
    await expectRefused(on.db, () => on.api.setAppPreferences({ backupFolder: on.dir }), 'invalid-argument', already);
    await expectRefused(on.db, () => on.api.setAppPreferences({ backupFolder: join(on.dir, 'backups') }), 'invalid-argument', already);
    await expectRefused(on.db, () => on.api.setAppPreferences({ backupFolder: join(on.dir, 'backups', '..', 'backups') }), 'invalid-argument', already);
  });

  it('takes a folder pasted with spaces around it as that folder, and spaces alone as none', async () => {
    const good = join(on.dir, 'good');
    mkdirSync(good);
    expect(await on.api.setAppPreferences({ backupFolder: `  ${good}\n` })).toMatchObject({ backupFolder: good });
    expect(await on.api.setAppPreferences({ backupFolder: '   ' })).toMatchObject({ backupFolder: null });
  });

  it('signs notes with no name until the user gives one', async () => {
    expect(await on.api.getPreferences(undefined)).toMatchObject({ authorName: '' });
    const doc = await on.api.createPlaybook({ templateId: 'blank' });
    const owner = { kind: 'playbook', id: doc.playbook.id } as const;
    const note = await on.api.putNote({ owner, note: { id: 'n-1', target: { kind: 'file', id: doc.playbook.id }, kind: 'comment', text: 'Unsigned', parentId: null } });
    expect(note.author).toBe('');
  });
});
