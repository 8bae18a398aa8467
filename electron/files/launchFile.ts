import type { LaunchFile } from '../../shared/api/contract';
import { TandemError } from '../../shared/api/errors';
import { randomId } from '../../shared/domain/ids';
import type { Db } from '../db/database';
import { importTandemText, type ImportPhase } from '../service/importService';
import { readFileCapped } from './readFileCapped';

/** The first command-line argument that names a .tandem file (Electron and the OS put other things there too). */
export function findTandemArgument(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.tandem'));
}

/** Imports the file the app was started with; the renderer opens the result, or shows the one-line reason. */
export function importLaunchFile(db: Db, path: string, onPhase?: (phase: ImportPhase) => void): LaunchFile {
  try {
    const bytes = readFileCapped(path);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { playbookId: null, planId: null, error: `${path}: the file is not UTF-8 text` };
    }
    const result = importTandemText(db, text, { newId: randomId, now: () => new Date().toISOString(), onPhase });
    return { playbookId: result.playbookId, planId: result.planId, error: null };
  } catch (error) {
    return { playbookId: null, planId: null, error: error instanceof TandemError ? error.message : `${path}: could not be opened` };
  }
}
