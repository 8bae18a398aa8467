import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { TandemError } from '../../shared/api/errors';
import { fileSizeProblem } from '../../shared/file/load';
import { describeFsError } from './fsErrors';

/**
 * Non-blocking, so opening a named pipe returns at once instead of waiting for a writer (which, in
 * the app, would freeze the main process); no controlling terminal if the path is a tty. Both flags
 * are POSIX-only; Windows has no FIFOs to wait on.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a file the user named, refusing it from its metadata before a byte is read when it is not
 * a regular file or is over the file format's size cap. The checks look at the opened descriptor,
 * not the path, so the path cannot be swapped for a pipe or a device between check and read. The
 * read stops one byte past the cap, so a file that grows meanwhile is refused too. Failures are
 * one-line TandemErrors naming the file.
 */
export function readFileCapped(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw new TandemError('failed', `${path}: ${describeFsError(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new TandemError('invalid-argument', `${path}: is a folder, not a file`);
    if (!stat.isFile()) throw new TandemError('invalid-argument', `${path}: is not a regular file`);
    const tooLarge = fileSizeProblem(stat.size);
    if (tooLarge) throw new TandemError('invalid-argument', `${path}: ${tooLarge.message}`);

    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) {
        const grown = fileSizeProblem(length + 1);
        throw new TandemError('invalid-argument', `${path}: ${grown ? grown.message : 'the file changed while it was being read'}`);
      }
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof TandemError) throw error;
    throw new TandemError('failed', `${path}: ${describeFsError(error)}`);
  } finally {
    closeSync(fd);
  }
}
