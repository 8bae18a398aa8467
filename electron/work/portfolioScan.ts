import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TandemError } from '../../shared/api/errors';
import { loadTandemBytes } from '../../shared/file/load';
import { createPortfolio, type PortfolioReport } from '../../shared/portfolio/portfolio';
import { describeFsError } from '../files/fsErrors';
import { readFileCapped } from '../files/readFileCapped';

/** How far a review has got: files (or saved plans) read of all there are, and plans counted so far. */
export interface ScanProgress {
  read: number;
  total: number;
  plans: number;
}

export interface ScanOptions {
  /** Only the plans of this playbook version (what a promotion needs), the others are not read. */
  playbookId?: string;
  onProgress?: (progress: ScanProgress) => void;
}

/** The files a folder review reads, in name order: regular entries, not hidden ones, not subfolders. */
export function listPlanFolder(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.') && !e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    throw new TandemError('failed', `${folder}: ${describeFsError(error)}`);
  }
}

/**
 * Reviews a folder of deal plans one file at a time, each read with the import's loader and caps
 * and then dropped, so memory stays flat however many plans there are. A file that is not a plan
 * is listed as skipped with its one-line reason; the rest still count.
 */
export function reviewPlanFolder(folder: string, options: ScanOptions = {}): PortfolioReport {
  const names = listPlanFolder(folder);
  const portfolio = createPortfolio();
  let plans = 0;
  options.onProgress?.({ read: 0, total: names.length, plans });
  names.forEach((name, i) => {
    const read = readPlanFile(join(folder, name));
    if (typeof read === 'string') portfolio.skip(name, read);
    else if (options.playbookId === undefined || read.playbook.playbook.id === options.playbookId) {
      portfolio.add(read.plan, read.playbook);
      plans += 1;
    }
    options.onProgress?.({ read: i + 1, total: names.length, plans });
  });
  return portfolio.report();
}

/** One file's plan and the playbook version it carries, or why it cannot count, in one line. */
function readPlanFile(path: string) {
  let bytes: Buffer;
  try {
    bytes = readFileCapped(path);
  } catch (error) {
    return error instanceof TandemError ? error.message.replace(`${path}: `, '') : 'could not be read';
  }
  const loaded = loadTandemBytes(bytes);
  if (!loaded.ok) return loaded.error.message;
  if (loaded.file.kind !== 'plan') return `a ${loaded.file.kind} file, not a deal plan`;
  return { plan: loaded.file.plan, playbook: loaded.file.playbook };
}
