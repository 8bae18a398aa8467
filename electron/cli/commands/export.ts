import { serializePlanFile, serializeTandemFile } from '../../../shared/file/serialize';
import { exportPlan, PLAN_EXPORT_FORMATS, type PlanExportFormat } from '../../../shared/plan/export/index';
import { exportPlaybook, type ExportFormat } from '../../../shared/export/index';
import { APP_VERSION } from '../appVersion';
import { parseCommandArgs } from '../args';
import { EXIT, UsageFailure } from '../cliFailure';
import type { Command } from '../command';
import { readTandemFile } from '../readTandemFile';
import { writeOut } from '../writeOut';

const TEXT_FORMATS: readonly ExportFormat[] = ['html', 'md', 'csv', 'svg', 'canvas', 'bpmn', 'mermaid'];
export const CLI_EXPORT_FORMATS: readonly string[] = ['tandem', ...TEXT_FORMATS];
export const CLI_PLAN_EXPORT_FORMATS: readonly string[] = ['tandem', ...PLAN_EXPORT_FORMATS.map((f) => f.id)];

export const exportCommand: Command = {
  name: 'export',
  synopsis: `<file> --format <format> --out <path>`,
  summary: `Write the file in another format (or as a fresh .tandem file) to --out, atomically. Playbooks: ${CLI_EXPORT_FORMATS.join('|')}; plans: ${CLI_PLAN_EXPORT_FORMATS.join('|')}.`,
  run(args, io) {
    const { positionals, options } = parseCommandArgs(args, { positionals: ['file'], options: ['format', 'out'], required: ['format', 'out'] });
    const format = options.format!;
    if (!CLI_EXPORT_FORMATS.includes(format) && !CLI_PLAN_EXPORT_FORMATS.includes(format)) {
      throw new UsageFailure(`unknown --format "${format}"; known: ${[...new Set([...CLI_EXPORT_FORMATS, ...CLI_PLAN_EXPORT_FORMATS])].join(', ')}`);
    }
    const { file } = readTandemFile(positionals[0]!);
    const now = new Date().toISOString();
    if (file.kind === 'plan') {
      if (!CLI_PLAN_EXPORT_FORMATS.includes(format)) throw new UsageFailure(`a plan exports as ${CLI_PLAN_EXPORT_FORMATS.join(', ')}; not "${format}"`);
      const text =
        format === 'tandem'
          ? serializePlanFile(file.plan, file.playbook, { now, appVersion: APP_VERSION })
          : exportPlan(file.plan, file.playbook, format as PlanExportFormat, { now, notes: file.notes });
      writeOut(options.out!, text);
      io.out(`Wrote ${options.out}`);
      return EXIT.ok;
    }
    if (!CLI_EXPORT_FORMATS.includes(format)) throw new UsageFailure(`a playbook exports as ${CLI_EXPORT_FORMATS.join(', ')}; not "${format}"`);
    const content =
      format === 'tandem'
        ? serializeTandemFile(file.playbook, { now, appVersion: APP_VERSION })
        : exportPlaybook(file.playbook, format as ExportFormat, { now, notes: file.notes });
    writeOut(options.out!, content);
    io.out(`Wrote ${options.out}`);
    return EXIT.ok;
  },
};
