import { readFileSync, statSync, statfsSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { StorageNotice } from '../../shared/api/recoveryOps';

/**
 * Linux `statfs` magic numbers of file systems shared over a network. WAL keeps its index in shared
 * memory beside the database; over these, two machines opening the same file each see their own
 * copy of that memory and SQLite cannot tell: the database can be corrupted without an error.
 * FUSE is included because sshfs, rclone and most cloud-drive mounts are FUSE file systems.
 */
const NETWORK_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'SMB (CIFS)'],
  [0xfe534d42, 'SMB'],
  [0x01021997, '9P'],
  [0x5346414f, 'AFS'],
  [0x564c, 'NetWare'],
  [0x73757245, 'Coda'],
  [0x00c36400, 'Ceph'],
  [0x0bd00bd0, 'Lustre'],
  [0x47504653, 'GPFS'],
  [0x19830326, 'BeeGFS'],
]);

const FUSE = 0x65735546;

/**
 * FUSE file systems that reach over a network, by the type `/proc/self/mountinfo` gives them
 * (`fuse.sshfs`…). Other FUSE mounts are local disks (ntfs-3g, a container's fuse-overlayfs) and
 * must not be reported.
 */
const NETWORK_FUSE: ReadonlyMap<string, string> = new Map([
  ['sshfs', 'sshfs'],
  ['rclone', 'rclone'],
  ['s3fs', 's3fs'],
  ['gcsfuse', 'Google Cloud Storage'],
  ['goofys', 'goofys'],
  ['google-drive-ocamlfuse', 'Google Drive'],
  ['onedriver', 'OneDrive'],
  ['gvfsd-fuse', 'a GNOME network share'],
  ['curlftpfs', 'FTP'],
  ['davfs', 'WebDAV'],
  ['glusterfs', 'GlusterFS'],
]);

/**
 * Folders that sync clients copy file by file. A copy taken between the database and its WAL
 * file, or two laptops editing through the same synced folder, loses edits or corrupts the file.
 * Matched as whole path segments, case-insensitively.
 */
const SYNC_FOLDER_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^dropbox( \(.+\))?$/i, 'Dropbox'],
  [/^onedrive( - .+)?$/i, 'OneDrive'],
  [/^(google ?drive|my drive)$/i, 'Google Drive'],
  [/^(icloud ?drive|mobile documents)$/i, 'iCloud Drive'],
  [/^box( sync)?$/i, 'Box'],
  [/^pcloud ?drive$/i, 'pCloud'],
  [/^(nextcloud|owncloud)$/i, 'Nextcloud'],
  // macOS puts every File Provider sync client (Dropbox, OneDrive, Google Drive…) under here.
  [/^cloudstorage$/i, 'a cloud storage provider'],
];

/**
 * What sync clients leave at the root of the folder they sync. Dropbox's marker must be a file:
 * on Linux its settings live in a *folder* named `.dropbox` in the home folder, which says
 * nothing about the folders below it.
 */
const SYNC_MARKERS: ReadonlyArray<{ name: string; file: boolean; client: string }> = [
  { name: '.dropbox', file: true, client: 'Dropbox' },
  { name: '.stfolder', file: false, client: 'Syncthing' },
];

export interface StorageProbe {
  platform: NodeJS.Platform;
  /** The file system type number of a path, or undefined when it cannot be told. */
  fileSystemType: (path: string) => number | undefined;
  /** Linux: the text of /proc/self/mountinfo, or undefined when it cannot be read. */
  mountInfo: () => string | undefined;
  /** What is at a path: a file, a folder, or nothing (also when it cannot be read). */
  entry: (path: string) => 'file' | 'folder' | undefined;
}

const realProbe: StorageProbe = {
  platform: process.platform,
  fileSystemType: (path) => {
    try {
      return statfsSync(path).type;
    } catch {
      return undefined;
    }
  },
  mountInfo: () => {
    try {
      return readFileSync('/proc/self/mountinfo', 'utf8');
    } catch {
      return undefined;
    }
  },
  entry: (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat === undefined ? undefined : stat.isFile() ? 'file' : 'folder';
  },
};

/**
 * Tells whether the folder holding Tandem's database is on a network file system or inside a
 * folder a sync client copies. Nothing here can prove a folder is local: it detects what can be
 * detected (the file system type on Linux, a Windows network path, the sync clients' folders and
 * markers) so the user hears about the risk instead of finding a corrupted database later.
 */
export function detectStorage(folder: string, probe: StorageProbe = realProbe): StorageNotice {
  const path = paths(probe).resolve(folder);
  const network = networkName(path, probe);
  if (network) {
    return {
      kind: 'network',
      message: `Tandem’s data folder (${path}) is on a network drive (${network}). SQLite cannot lock a database safely there: keep Tandem’s data on this computer’s own disk, and put exports and backups on the shared drive instead.`,
    };
  }
  const sync = syncClientName(path, probe);
  if (sync) {
    return {
      kind: 'sync',
      message: `Tandem’s data folder (${path}) is inside a folder ${sync} syncs. A sync that copies the database half-way, or a second computer editing it, can lose your edits: keep Tandem’s data outside synced folders and share exported files instead.`,
    };
  }
  return null;
}

/** The path rules of the platform probed, so Windows paths are read as Windows paths wherever this runs. */
const paths = (probe: StorageProbe) => (probe.platform === 'win32' ? win32 : posix);

function networkName(path: string, probe: StorageProbe): string | undefined {
  // \\server\share and \\?\UNC\server\share: a Windows network path (a mapped drive letter cannot be told from Node).
  if (probe.platform === 'win32' && /^\\\\(\?\\UNC\\)?[^\\?]/i.test(path)) return 'a Windows network share';
  if (probe.platform !== 'linux') return undefined;
  const type = probe.fileSystemType(path);
  if (type === FUSE) return fuseNetworkName(path, probe.mountInfo());
  return type === undefined ? undefined : NETWORK_FILE_SYSTEMS.get(type);
}

/** The network FUSE file system mounted where `path` is (the longest mount point above it), if any. */
function fuseNetworkName(path: string, mountInfo: string | undefined): string | undefined {
  let best: { point: string; type: string } | undefined;
  for (const line of (mountInfo ?? '').split('\n')) {
    const [before, after] = line.split(' - ');
    const point = before?.split(' ')[4];
    const type = after?.split(' ')[0];
    if (!point || !type) continue;
    // Spaces and other characters in mount points are written as octal escapes (\040).
    const decoded = point.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    const inside = decoded === '/' || path === decoded || path.startsWith(decoded + '/');
    if (inside && (!best || decoded.length >= best.point.length)) best = { point: decoded, type };
  }
  const subtype = best?.type.replace(/^fuse\./, '');
  return subtype === undefined ? undefined : NETWORK_FUSE.get(subtype);
}

function syncClientName(path: string, probe: StorageProbe): string | undefined {
  const { dirname, join, sep } = paths(probe);
  const segments = path.split(sep).filter(Boolean);
  for (const segment of segments) {
    const found = SYNC_FOLDER_NAMES.find(([pattern]) => pattern.test(segment));
    if (found) return found[1];
  }
  for (let dir = path; ; dir = dirname(dir)) {
    const marker = SYNC_MARKERS.find(({ name, file }) => {
      const found = probe.entry(join(dir, name));
      return found !== undefined && (!file || found === 'file');
    });
    if (marker) return marker.client;
    if (dirname(dir) === dir) return undefined;
  }
}
