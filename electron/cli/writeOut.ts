import { FileWriteError, writeFileAtomically } from '../files/writeFileAtomically';
import { CliFailure } from './cliFailure';

/** Writes a command's `--out` file whole or not at all; a refusal is the command's one-line failure. */
export function writeOut(target: string, content: string): void {
  try {
    writeFileAtomically(target, content, '--out');
  } catch (error) {
    throw error instanceof FileWriteError ? new CliFailure(error.message) : error;
  }
}
