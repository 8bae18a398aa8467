import { computeCoverage } from '../../../shared/analysis/coverage';
import { parseCommandArgs } from '../args';
import { EXIT } from '../cliFailure';
import type { Command } from '../command';
import { readTandemFile } from '../readTandemFile';

export const infoCommand: Command = {
  name: 'info',
  synopsis: '<file>',
  summary: 'Print one JSON object: kind, version, name, counts per lane, links and coverage.',
  run(args, io) {
    const { positionals } = parseCommandArgs(args, { positionals: ['file'], options: [] });
    const { file, fromVersion } = readTandemFile(positionals[0]!);
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
      }),
    );
    return EXIT.ok;
  },
};
