import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { TandemFile } from '../../shared/file/format';
import { fileSizeProblem, loadTandemBytes } from '../../shared/file/load';
import { CliFailure } from './cliFailure';
import { describeFsError } from './fsErrors';

export interface ReadTandemFile {
  file: TandemFile;
  /** The format version the file was written in, before migration. */
  fromVersion: number;
}

/**
 * Reads and checks a .tandem file. The size is checked from the file's metadata before a byte
 * is read, and the read stops one byte past the cap, so a file that grows meanwhile is refused too.
 */
export function readTandemFile(path: string): ReadTandemFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new CliFailure(`${path}: ${describeFsError(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new CliFailure(`${path}: is a folder, not a file`);
    if (!stat.isFile()) throw new CliFailure(`${path}: is not a regular file`);
    const tooLarge = fileSizeProblem(stat.size);
    if (tooLarge) throw new CliFailure(`${path}: ${tooLarge.message}`);

    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) {
        const grown = fileSizeProblem(length + 1);
        if (grown) throw new CliFailure(`${path}: ${grown.message}`);
        throw new CliFailure(`${path}: the file changed while it was being read`);
      }
    }
    const result = loadTandemBytes(buffer.subarray(0, length));
    if (!result.ok) throw new CliFailure(`${path}: ${result.error.message}`);
    return { file: result.file, fromVersion: result.fromVersion };
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(`${path}: ${describeFsError(error)}`);
  } finally {
    closeSync(fd);
  }
}
