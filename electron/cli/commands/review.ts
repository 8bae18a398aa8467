import { TandemError } from '../../../shared/api/errors';
import { portfolioJson } from '../../../shared/portfolio/portfolio';
import { portfolioToHtml } from '../../../shared/portfolio/reportHtml';
import { reviewPlanFolder } from '../../work/portfolioScan';
import { parseCommandArgs } from '../args';
import { CliFailure, EXIT } from '../cliFailure';
import type { Command } from '../command';
import { writeOut } from '../writeOut';

/**
 * Reviews a folder of deal plans with the same scan as the app's "Review a folder…": one file at a
 * time, each read with the import's loader and caps, so memory stays flat however many plans there
 * are. Files that are not plans are listed as skipped with their one-line reason.
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
    let report;
    try {
      // On a terminal, a long scan says how far it is; Ctrl+C stops it at once, and since the
      // report is written only at the end (atomically), a stopped review leaves no file behind.
      const tty = process.stderr.isTTY;
      let shown = 0;
      report = reviewPlanFolder(folder, {
        onProgress: ({ read, total, plans }) => {
          if (!tty || (read - shown < 25 && read < total)) return;
          shown = read;
          process.stderr.write(`\rReviewed ${read} of ${total} files, ${plans} plans`);
        },
      });
      if (tty && shown > 0) process.stderr.write('\n');
    } catch (error) {
      // A folder that cannot be listed; each file's own trouble is a skipped line instead.
      if (error instanceof TandemError) throw new CliFailure(error.message);
      throw error;
    }
    writeOut(options.out!, portfolioToHtml(report));
    if (json) io.out(JSON.stringify(portfolioJson(report)));
    else io.out(`Wrote ${options.out}: ${report.plans} plans, ${report.skipped.length} files skipped`);
    return EXIT.ok;
  },
};
