import type { TandemFile } from '../../../shared/file/format';
import type { PlaybookDoc } from '../../../shared/domain/playbook';
import { comparePlaybooks } from '../../../shared/review/diff';
import { planAsPlaybook } from '../../../shared/review/planView';
import { parseCommandArgs } from '../args';
import { EXIT } from '../cliFailure';
import type { Command } from '../command';
import { readTandemFile } from '../readTandemFile';

/** A plan compares as its playbook the way the deal runs it, so plan vs playbook and plan vs plan both work. */
const asPlaybook = (file: TandemFile): PlaybookDoc => (file.kind === 'plan' ? planAsPlaybook(file.plan, file.playbook) : file.playbook);

export const diffCommand: Command = {
  name: 'diff',
  synopsis: '<a.tandem> <b.tandem> [--json]',
  summary: 'Print what changed from the first file to the second, one change a line; with --json one object { added, removed, changed, moved }. Exit 0 whether or not they differ.',
  run(args, io) {
    const json = args.includes('--json');
    const { positionals } = parseCommandArgs(
      args.filter((a) => a !== '--json'),
      { positionals: ['a.tandem', 'b.tandem'], options: [] },
    );
    const a = readTandemFile(positionals[0]!).file;
    const b = readTandemFile(positionals[1]!).file;
    const { diff, lines } = comparePlaybooks(asPlaybook(a), asPlaybook(b));
    if (json) io.out(JSON.stringify(diff));
    else io.out(lines.length === 0 ? 'No changes.' : lines.join('\n'));
    return EXIT.ok;
  },
};
