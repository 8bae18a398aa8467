import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError } from './fsErrors';

/** Why a file could not be written, in one line that starts with the file's name. */
export class FileWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileWriteError';
  }
}

/**
 * Writes `content` to `target` so that a reader sees the old file or the whole new one, never a
 * half-written one: a temporary file beside the target, flushed, then renamed over it. Refuses a
 * target that exists and is not a regular file (a folder, a named pipe, a device): renaming over it
 * would silently replace it. A file that is replaced keeps its permissions, so a private (0600)
 * export stays private. Nothing but the target (and, briefly, its temporary sibling) is touched.
 */
export function writeFileAtomically(target: string, content: string | Uint8Array, purpose = 'the destination'): void {
  const path = resolve(target);
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new FileWriteError(`${target}: is a folder; ${purpose} must name a file`);
  if (existing && !existing.isFile()) throw new FileWriteError(`${target}: is not a regular file; ${purpose} must name a file`);

  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // "wx": never follow or reuse something already at the temporary name. Owner-only until the
    // replaced file's mode is copied, so its content is never readable by more people than before.
    fd = openSync(temp, 'wx', existing ? 0o600 : 0o644);
    // Permission bits only: an export never inherits set-user-id or set-group-id.
    if (existing) fchmodSync(fd, existing.mode & 0o777);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw new FileWriteError(`${target}: ${describeFsError(error)}`);
  }
}
