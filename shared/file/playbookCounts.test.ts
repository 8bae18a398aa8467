import { describe, expect, it } from 'vitest';
import { LIMITS } from '../domain/limits';
import { PlaybookDoc } from '../domain/playbook';
import { samplePlaybook } from '../../test/node/support/samplePlaybook';
import { findPlaybookCountProblem } from './playbookCounts';

type Lists = Record<string, unknown[]>;

describe('findPlaybookCountProblem', () => {
  // The count check runs before the schema; it must refuse exactly what the schema's array caps refuse.
  const cases: Array<[string, number, (doc: PlaybookDoc, list: unknown[]) => void]> = [
    ['stages', LIMITS.stagesPerLane * 2, (doc, list) => (doc.stages = list as PlaybookDoc['stages'])],
    ['steps', LIMITS.stepsPerPlaybook, (doc, list) => (doc.steps = list as PlaybookDoc['steps'])],
    ['links', LIMITS.linksPerPlaybook, (doc, list) => (doc.links = list as PlaybookDoc['links'])],
    ['assumptions', LIMITS.assumptionsPerPlaybook, (doc, list) => (doc.assumptions = list as PlaybookDoc['assumptions'])],
    ['stages[0].exitCriteria', LIMITS.criteriaPerOwner, (doc, list) => ((doc.stages[0] as unknown as Lists).exitCriteria = list)],
    ['steps[0].roles', LIMITS.listItems, (doc, list) => ((doc.steps[0] as unknown as Lists).roles = list)],
    ['steps[0].techniques', LIMITS.listItems, (doc, list) => ((doc.steps[0] as unknown as Lists).techniques = list)],
    ['steps[0].contentLinks', LIMITS.listItems, (doc, list) => ((doc.steps[0] as unknown as Lists).contentLinks = list)],
    ['steps[0].exitCriteria', LIMITS.criteriaPerOwner, (doc, list) => ((doc.steps[0] as unknown as Lists).exitCriteria = list)],
  ];

  it.each(cases)('%s: the cap matches the schema', (path, max, set) => {
    const atCap = samplePlaybook();
    set(atCap, new Array(max).fill(null));
    expect(findPlaybookCountProblem(atCap, 'playbook')).toBeNull();

    const over = samplePlaybook();
    set(over, new Array(max + 1).fill(null));
    expect(findPlaybookCountProblem(over, 'playbook')).toMatch(new RegExp(`^playbook\\.${path.replace(/[[\]]/g, '\\$&')}: `));
    const schemaIssue = PlaybookDoc.safeParse(over).error!.issues.find((i) => i.code === 'too_big');
    expect(schemaIssue?.path.join('.')).toBe(path.replace(/\[(\d+)\]/g, '.$1'));
  });

  it('ignores what is not a list; the schema reports it', () => {
    expect(findPlaybookCountProblem(null, 'playbook')).toBeNull();
    expect(findPlaybookCountProblem({ steps: 'lots', stages: [null, 5, { exitCriteria: 'x' }] }, 'playbook')).toBeNull();
    expect(findPlaybookCountProblem({ steps: [undefined, 'step', 3, true, [new Array(101).fill(null)]] }, 'playbook')).toBeNull();
    expect(findPlaybookCountProblem(undefined, 'playbook')).toBeNull();
  });

  it('names the first item with a list over its cap, with the count and the cap', () => {
    const doc = samplePlaybook() as unknown as { steps: Array<Record<string, unknown>> };
    doc.steps[1]!.techniques = new Array(LIMITS.listItems).fill(null);
    doc.steps[3]!.exitCriteria = new Array(LIMITS.criteriaPerOwner + 1).fill(null);
    expect(findPlaybookCountProblem(doc, 'playbook')).toBe(`playbook.steps[3].exitCriteria: ${LIMITS.criteriaPerOwner + 1} items; a step holds at most ${LIMITS.criteriaPerOwner}.`);
  });
});
