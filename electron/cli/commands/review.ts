import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TandemError } from '../../../shared/api/errors';
import { loadTandemBytes } from '../../../shared/file/load';
import { createPortfolio, portfolioJson } from '../../../shared/portfolio/portfolio';
import { portfolioToHtml } from '../../../shared/portfolio/reportHtml';
import { readFileCapped } from '../../files/readFileCapped';
import { describeFsError } from '../../files/fsErrors';
import { parseCommandArgs } from '../args';
import { CliFailure, EXIT } from '../cliFailure';
import type { Command } from '../command';
import { writeOut } from '../writeOut';

/**
 * Reviews a folder of deal plans one file at a time (each read with the import's loader and caps,
 * then dropped), so memory stays flat however many plans there are. Files that are not plans are
 * listed as skipped with their one-line reason; the rest still count.
 */
export const reviewCommand: Command = {
  name: 'review',
  synopsis: '<folder> --out <report.html> [--json]',
  summary: 'Write a portfolio review of the plan files in a folder: departures per playbook step and how those deals ended. With --json, also print the figures.',
  run(args, io) {
    const json = args.includes('--json');
    const { positionals, options } = parseCommandArgs(
      args.filter((a) => a !== '--json'),
      { positionals: ['folder'], options: ['out'], required: ['out'] },
    );
    const folder = positionals[0]!;
    let names: string[];
    try {
      names = readdirSync(folder, { withFileTypes: true })
        .filter((e) => !e.name.startsWith('.') && !e.isDirectory())
        .map((e) => e.name)
        .sort();
    } catch (error) {
      throw new CliFailure(`${folder}: ${describeFsError(error)}`);
    }
    const portfolio = createPortfolio();
    const progress = process.stderr.isTTY ? (done: number) => process.stderr.write(`\rReviewed ${done} of ${names.length} files`) : () => {};
    names.forEach((name, i) => {
      const reason = reviewOne(join(folder, name), portfolio);
      if (reason) portfolio.skip(name, reason);
      if (i % 25 === 0 || i === names.length - 1) progress(i + 1);
    });
    if (process.stderr.isTTY && names.length > 0) process.stderr.write('\n');
    const report = portfolio.report();
    writeOut(options.out!, portfolioToHtml(report));
    if (json) io.out(JSON.stringify(portfolioJson(report)));
    else io.out(`Wrote ${options.out}: ${report.plans} plans, ${report.skipped.length} files skipped`);
    return EXIT.ok;
  },
};

/** Adds one file's plan; returns why it was skipped instead, in one line. */
function reviewOne(path: string, portfolio: ReturnType<typeof createPortfolio>): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileCapped(path);
  } catch (error) {
    return error instanceof TandemError ? error.message.replace(`${path}: `, '') : 'could not be read';
  }
  const loaded = loadTandemBytes(bytes);
  if (!loaded.ok) return loaded.error.message;
  if (loaded.file.kind !== 'plan') return `a ${loaded.file.kind} file, not a deal plan`;
  portfolio.add(loaded.file.plan, loaded.file.playbook);
  return null;
}
