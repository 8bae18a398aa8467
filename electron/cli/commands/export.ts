import { serializeTandemFile } from '../../../shared/file/serialize';
import { exportPlaybook, type ExportFormat } from '../../../shared/export/index';
import { APP_VERSION } from '../appVersion';
import { parseCommandArgs } from '../args';
import { EXIT, UsageFailure } from '../cliFailure';
import type { Command } from '../command';
import { readTandemFile } from '../readTandemFile';
import { writeFileAtomically } from '../writeFileAtomically';

const TEXT_FORMATS: readonly ExportFormat[] = ['html', 'md', 'csv', 'svg', 'canvas', 'bpmn', 'mermaid'];
export const CLI_EXPORT_FORMATS: readonly string[] = ['tandem', ...TEXT_FORMATS];

export const exportCommand: Command = {
  name: 'export',
  synopsis: `<file> --format ${CLI_EXPORT_FORMATS.join('|')} --out <path>`,
  summary: 'Write the playbook in another format (or as a fresh .tandem file) to --out, atomically.',
  run(args, io) {
    const { positionals, options } = parseCommandArgs(args, { positionals: ['file'], options: ['format', 'out'], required: ['format', 'out'] });
    const format = options.format!;
    if (!CLI_EXPORT_FORMATS.includes(format)) {
      throw new UsageFailure(`unknown --format "${format}"; known: ${CLI_EXPORT_FORMATS.join(', ')}`);
    }
    const { file } = readTandemFile(positionals[0]!);
    const now = new Date().toISOString();
    const content =
      format === 'tandem'
        ? serializeTandemFile(file.playbook, { now, appVersion: APP_VERSION })
        : exportPlaybook(file.playbook, format as ExportFormat, { now });
    writeFileAtomically(options.out!, content);
    io.out(`Wrote ${options.out}`);
    return EXIT.ok;
  },
};
