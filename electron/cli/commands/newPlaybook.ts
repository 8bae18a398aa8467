import { describeZodError } from '../../../shared/api/errors';
import { randomId } from '../../../shared/domain/ids';
import { PlaybookDoc } from '../../../shared/domain/playbook';
import { serializeTandemFile } from '../../../shared/file/serialize';
import { BUILT_IN_TEMPLATES, findTemplate } from '../../../shared/templates/index';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { APP_VERSION } from '../appVersion';
import { parseCommandArgs } from '../args';
import { CliFailure, EXIT, UsageFailure } from '../cliFailure';
import type { Command } from '../command';
import { writeOut } from '../writeOut';

export const newCommand: Command = {
  name: 'new',
  synopsis: '--template <id> --out <file> [--name <name>]',
  summary: 'Write a new playbook made from a built-in template.',
  run(args, io) {
    const { options } = parseCommandArgs(args, { positionals: [], options: ['template', 'out', 'name'], required: ['template', 'out'] });
    const template = findTemplate(options.template!);
    if (!template) {
      throw new UsageFailure(`unknown template "${options.template}"; known: ${BUILT_IN_TEMPLATES.map((t) => t.id).join(', ')}`);
    }
    const now = new Date().toISOString();
    const draft = instantiateTemplate(template, { newId: randomId, now, ...(options.name === undefined ? {} : { name: options.name }) });
    // The name comes from the command line: hold it to the same rules as a name typed in the app.
    const checked = PlaybookDoc.safeParse(draft);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      if (issue?.path.join('.') === 'playbook.name') throw new UsageFailure(`--name: ${issue.message}`);
      throw new CliFailure(`template "${template.id}" does not make a valid playbook: ${describeZodError(checked.error)}`);
    }
    writeOut(options.out!, serializeTandemFile(checked.data, { now, appVersion: APP_VERSION }));
    io.out(`Wrote ${options.out}`);
    return EXIT.ok;
  },
};
