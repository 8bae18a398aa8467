import { TandemError } from '../../shared/api/errors';
import type { TandemFile } from '../../shared/file/format';
import { loadTandemBytes } from '../../shared/file/load';
import { readFileCapped } from '../files/readFileCapped';
import { CliFailure } from './cliFailure';

export interface ReadTandemFile {
  file: TandemFile;
  /** The format version the file was written in, before migration. */
  fromVersion: number;
}

/** Reads and checks a .tandem file; any refusal is a one-line CliFailure naming the file. */
export function readTandemFile(path: string): ReadTandemFile {
  let bytes: Buffer;
  try {
    bytes = readFileCapped(path);
  } catch (error) {
    throw new CliFailure(error instanceof TandemError ? error.message : String(error));
  }
  const result = loadTandemBytes(bytes);
  if (!result.ok) throw new CliFailure(`${path}: ${result.error.message}`);
  return { file: result.file, fromVersion: result.fromVersion };
}
