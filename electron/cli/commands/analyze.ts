import { analyzePlan, analyzePlaybook } from '../../../shared/analysis/findings';
import { parseCommandArgs } from '../args';
import { EXIT, UsageFailure } from '../cliFailure';
import type { Command } from '../command';
import { readTandemFile } from '../readTandemFile';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const analyzeCommand: Command = {
  name: 'analyze',
  synopsis: '<file> [--today YYYY-MM-DD]',
  summary: 'Print one JSON object: coverage overall and per buyer stage, and every alignment finding (kind, severity, message, ids).',
  run(args, io) {
    const { positionals, options } = parseCommandArgs(args, { positionals: ['file'], options: ['today'] });
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    if (!DAY.test(today) || Number.isNaN(Date.parse(today))) throw new UsageFailure(`--today: expected a day as YYYY-MM-DD, found "${today}"`);
    const { file } = readTandemFile(positionals[0]!);
    const analysis = file.kind === 'plan' ? analyzePlan(file.plan, file.playbook, { today }) : analyzePlaybook(file.playbook, { today });
    io.out(
      JSON.stringify({
        coverage: {
          overall: analysis.coverage.overall,
          byStage: analysis.coverage.byStage.map(({ stageId, name, coverage }) => ({ stageId, name, coverage })),
        },
        findings: analysis.findings,
      }),
    );
    return EXIT.ok;
  },
};
