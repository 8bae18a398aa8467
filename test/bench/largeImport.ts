import type { PlaybookDoc } from '../../shared/domain/playbook';
import { bigPlaybook, envelope } from '../node/support/samplePlaybook';

/**
 * A large valid playbook file, about 4 KB per step: every step carries `criteriaPerStep` exit
 * criteria with a sentence each. 10,000 steps make about 40 MB, under every cap, which is what a
 * long import looks like.
 */
export function largeImportDoc(steps = 10_000, criteriaPerStep = 22): PlaybookDoc {
  const doc = bigPlaybook({ steps, stagesPerLane: 20 });
  for (const step of doc.steps) {
    step.description = `What happens in ${step.title}, and why the buyer needs it at this point of the journey.`;
    step.exitCriteria = Array.from({ length: criteriaPerStep }, (_, i) => ({
      id: `${step.id}-c${i}`,
      statement: `Criterion ${i} of ${step.title}: the buyer confirms in writing that this part of the evaluation is complete and agreed.`,
      actor: i % 2 === 0 ? ('buyer' as const) : ('seller' as const),
    }));
  }
  return doc;
}

export function largeImportText(steps?: number, criteriaPerStep?: number): string {
  return JSON.stringify(envelope(largeImportDoc(steps, criteriaPerStep)));
}
