import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDir';
import { detectStorage, type StorageProbe } from './storageKind';

const EXT4 = 0xef53;
const NFS = 0x6969;
const CIFS = 0xff534d42;
const FUSE = 0x65735546;

/** A machine described by its platform, the file system type of every path, and what exists where. */
function probe(platform: NodeJS.Platform, type: number | undefined, entries: Record<string, 'file' | 'folder'> = {}, mountInfo?: string): StorageProbe {
  return { platform, fileSystemType: () => type, mountInfo: () => mountInfo, entry: (path) => entries[path] };
}

/** /proc/self/mountinfo of a machine whose root is a container's overlay, with a home folder over sshfs and a Windows disk. */
const MOUNTS = [
  '25 1 0:22 / / rw,relatime - fuse.fuse-overlayfs fuse-overlayfs rw,user_id=0',
  '40 25 0:35 / /home/ana/remote\\040deals rw,nosuid - fuse.sshfs ana@files:/deals rw,user_id=1000',
  '41 25 8:3 / /media/ana/WINDOWS rw - fuseblk /dev/sda3 rw,user_id=0',
].join('\n');

describe('detectStorage', () => {
  const temp = makeTempDir('tandem-storage-');
  afterAll(() => temp.cleanup());

  it('says nothing of a folder on a local disk', () => {
    expect(detectStorage('/home/ana/.config/Tandem', probe('linux', EXT4))).toBeNull();
    // The real probe on this machine's temporary folder, which is a local disk.
    expect(detectStorage(temp.dir)).toBeNull();
  });

  it('names the network file system a Linux data folder is on', () => {
    const nfs = detectStorage('/mnt/team/tandem', probe('linux', NFS));
    expect(nfs).toEqual({ kind: 'network', message: expect.stringContaining('network drive (NFS)') });
    expect(nfs!.message).toContain('/mnt/team/tandem');
    expect(detectStorage('/mnt/share', probe('linux', CIFS))?.message).toContain('SMB (CIFS)');
  });

  it('tells a FUSE mount over the network from a local one by the type the kernel lists for it', () => {
    expect(detectStorage('/home/ana/remote deals/tandem', probe('linux', FUSE, {}, MOUNTS))?.message).toContain('network drive (sshfs)');
    // A container's own root and an NTFS disk are FUSE too, and local.
    expect(detectStorage('/home/ana/.config/Tandem', probe('linux', FUSE, {}, MOUNTS))).toBeNull();
    expect(detectStorage('/media/ana/WINDOWS/Tandem', probe('linux', FUSE, {}, MOUNTS))).toBeNull();
    // A sibling whose name merely starts like the mount point is not inside it.
    expect(detectStorage('/home/ana/remote deals-old', probe('linux', FUSE, {}, MOUNTS))).toBeNull();
    expect(detectStorage('/home/ana/x', probe('linux', FUSE, {}, undefined))).toBeNull();
  });

  it('reads a Windows network path as one, and a Windows local path as local', () => {
    expect(detectStorage('\\\\server\\share\\Tandem', probe('win32', undefined))?.kind).toBe('network');
    expect(detectStorage('\\\\?\\UNC\\server\\share\\Tandem', probe('win32', undefined))?.kind).toBe('network');
    expect(detectStorage('C:\\Users\\ana\\AppData\\Roaming\\Tandem', probe('win32', undefined))).toBeNull();
    // A file-system type number means nothing outside Linux: an NFS-looking number on macOS is not trusted.
    expect(detectStorage('/Users/ana/Library/Application Support/Tandem', probe('darwin', NFS))).toBeNull();
  });

  it('recognises the folders sync clients copy, by whole path segment', () => {
    const cases: Array<[NodeJS.Platform, string, string]> = [
      ['linux', '/home/ana/Dropbox/tandem', 'Dropbox'],
      ['linux', '/home/ana/Dropbox (Acme)/tandem', 'Dropbox'],
      ['win32', 'C:\\Users\\ana\\OneDrive - Acme Corp\\Tandem', 'OneDrive'],
      ['darwin', '/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/Tandem', 'iCloud Drive'],
      ['darwin', '/Users/ana/Library/CloudStorage/GoogleDrive-ana@acme.com/My Drive/Tandem', 'a cloud storage provider'],
      ['linux', '/home/ana/Nextcloud/tandem', 'Nextcloud'],
    ];
    for (const [platform, path, client] of cases) {
      const notice = detectStorage(path, probe(platform, EXT4));
      expect(notice, path).toEqual({ kind: 'sync', message: expect.stringContaining(`a folder ${client} syncs`) });
    }
    // Not a whole segment: a folder that merely contains the word.
    expect(detectStorage('/home/ana/dropbox-notes/tandem', probe('linux', EXT4))).toBeNull();
    expect(detectStorage('/home/ana/myonedrive/tandem', probe('linux', EXT4))).toBeNull();
  });

  it('finds a sync client by the marker it leaves at the root of the folder it syncs', () => {
    expect(detectStorage('/srv/shared/deals/tandem', probe('linux', EXT4, { '/srv/shared/.stfolder': 'folder' }))?.message).toContain('Syncthing');
    expect(detectStorage('/home/ana/Work/tandem', probe('linux', EXT4, { '/home/ana/Work/.dropbox': 'file' }))?.message).toContain('Dropbox');
    // Dropbox keeps its settings in a *folder* called .dropbox in the home folder: that is no marker.
    expect(detectStorage('/home/ana/.config/Tandem', probe('linux', EXT4, { '/home/ana/.dropbox': 'folder' }))).toBeNull();
  });

  it('finds a marker on the real disk', () => {
    const synced = join(temp.dir, 'synced');
    mkdirSync(join(synced, '.stfolder'), { recursive: true });
    mkdirSync(join(synced, 'data'));
    expect(detectStorage(join(synced, 'data'))?.kind).toBe('sync');
    const home = join(temp.dir, 'home');
    mkdirSync(join(home, '.dropbox'), { recursive: true });
    mkdirSync(join(home, 'data'));
    expect(detectStorage(join(home, 'data'))).toBeNull();
    writeFileSync(join(home, 'data', '.dropbox'), '');
    expect(detectStorage(join(home, 'data'))?.kind).toBe('sync');
  });
});
