import { BUILT_IN_TEMPLATES } from '../../../shared/templates/index';
import { parseCommandArgs } from '../args';
import { EXIT } from '../cliFailure';
import type { Command } from '../command';

export const templatesCommand: Command = {
  name: 'templates',
  synopsis: '',
  summary: 'List the built-in template ids, one per line.',
  run(args, io) {
    parseCommandArgs(args, { positionals: [], options: [] });
    for (const template of BUILT_IN_TEMPLATES) io.out(template.id);
    return EXIT.ok;
  },
};
