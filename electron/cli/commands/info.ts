import { computeCoverage } from '../../../shared/analysis/coverage';
import type { PlanFile } from '../../../shared/file/format';
import { STEP_STATUSES } from '../../../shared/plan/plan';
import { parseCommandArgs } from '../args';
import { EXIT } from '../cliFailure';
import type { Command } from '../command';
import { readTandemFile } from '../readTandemFile';
import { countNotes } from '../../../shared/review/fileNotes';
import type { TandemFile } from '../../../shared/file/format';

export const infoCommand: Command = {
  name: 'info',
  synopsis: '<file>',
  summary: 'Print one JSON object: for a playbook its counts per lane, links and coverage; for a plan its account, status counts and deviations.',
  run(args, io) {
    const { positionals } = parseCommandArgs(args, { positionals: ['file'], options: [] });
    const { file, fromVersion } = readTandemFile(positionals[0]!);
    if (file.kind === 'plan') {
      io.out(JSON.stringify({ ...planInfo(file, fromVersion), ...notesInfo(file) }));
      return EXIT.ok;
    }
    const doc = file.playbook;
    const coverage = computeCoverage(doc);
    const stagesIn = (lane: string) => doc.stages.filter((s) => s.lane === lane).length;
    io.out(
      JSON.stringify({
        kind: file.kind,
        formatVersion: fromVersion,
        name: doc.playbook.name,
        steps: { buyer: coverage.buyerSteps, seller: coverage.sellerSteps },
        stages: { buyer: stagesIn('buyer'), seller: stagesIn('seller') },
        mirrorLinks: coverage.mirrorLinks,
        sequenceEdges: coverage.sequenceEdges,
        coverage: coverage.coverage,
        ...notesInfo(file),
      }),
    );
    return EXIT.ok;
  },
};

function planInfo(file: PlanFile, fromVersion: number) {
  const { plan, playbook } = file;
  const status = Object.fromEntries(STEP_STATUSES.map((s) => [s, plan.steps.filter((step) => step.status === s).length]));
  return {
    kind: 'plan',
    formatVersion: fromVersion,
    account: plan.plan.account,
    playbook: { name: playbook.playbook.name, version: playbook.playbook.version },
    steps: { buyer: plan.steps.filter((s) => s.lane === 'buyer').length, seller: plan.steps.filter((s) => s.lane === 'seller').length },
    status,
    deviations: plan.deviations.length,
    stakeholders: plan.stakeholders.length,
    outcome: plan.plan.outcome,
  };
}

/** Review notes, total and open, for a file that carries them (files without notes print as before). */
function notesInfo(file: TandemFile) {
  return file.notes ? { notes: countNotes(file.notes) } : {};
}
