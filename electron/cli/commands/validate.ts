import { oneLine } from '../../../shared/file/oneLine';
import { parseCommandArgs } from '../args';
import { EXIT } from '../cliFailure';
import type { Command } from '../command';
import { readTandemFile } from '../readTandemFile';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const validateCommand: Command = {
  name: 'validate',
  synopsis: '<file>',
  summary: 'Check a .tandem file; never writes anything.',
  run(args, io) {
    const { positionals } = parseCommandArgs(args, { positionals: ['file'], options: [] });
    const { file, fromVersion } = readTandemFile(positionals[0]!);
    const doc = file.playbook;
    if (file.kind === 'plan') {
      const plan = file.plan;
      const counts = [plural(plan.steps.length, 'step'), plural(plan.stakeholders.length, 'stakeholder'), plural(plan.deviations.length, 'deviation')];
      const pinned = `${oneLine(doc.playbook.name, 200)} v${doc.playbook.version}`;
      io.out(`plan v${fromVersion}: ${oneLine(plan.plan.account, 200)} (${pinned}) — ${counts.join(', ')}`);
      return EXIT.ok;
    }
    const counts = [plural(doc.stages.length, 'stage'), plural(doc.steps.length, 'step'), plural(doc.links.length, 'link')];
    io.out(`${file.kind} v${fromVersion}: ${oneLine(doc.playbook.name, 200)} — ${counts.join(', ')}`);
    return EXIT.ok;
  },
};
