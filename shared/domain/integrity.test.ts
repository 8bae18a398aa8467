import { describe, expect, it } from 'vitest';
import { samplePlaybook } from '../../test/node/support/samplePlaybook';
import { findIntegrityProblems } from './integrity';
import type { PlaybookDoc } from './playbook';

/** The sample playbook (stages sb-1, sb-2 buyer; ss-1, ss-2 seller; steps b-1, b-2, s-1, s-2) changed by `edit`. */
function broken(edit: (doc: PlaybookDoc) => void): PlaybookDoc {
  const doc = samplePlaybook();
  edit(doc);
  return doc;
}

const criterion = (id: string) => ({ id, statement: 'Checked', actor: 'buyer' as const });
const assumption = (id: string) => ({ id, statement: 'Buyers compare vendors', source: '', confidence: 'low' as const, lastValidatedAt: null, revalidateEveryDays: 30 });

describe('findIntegrityProblems', () => {
  it('finds nothing wrong with a sound playbook', () => {
    expect(findIntegrityProblems(samplePlaybook())).toEqual([]);
  });

  // Each problem names where it is, so a refused file says which element to fix.
  it.each<[string, (doc: PlaybookDoc) => void, string[]]>([
    ['a stage id used twice', (d) => (d.stages[1]!.id = 'sb-1'), [
      'stages[1]: id "sb-1" is used more than once',
      'steps[1].stageId: no stage "sb-2"',
      'links[0]: Both ends must be steps of this playbook.',
    ]],
    ['a criterion id used twice on stages', (d) => {
      d.stages[0]!.exitCriteria = [criterion('c-1')];
      d.stages[2]!.exitCriteria = [criterion('x'), criterion('c-1')];
    }, ['stages[2].exitCriteria[1]: id "c-1" is used more than once']],
    ['a criterion id used twice on steps', (d) => {
      d.steps[0]!.exitCriteria = [criterion('c-1')];
      d.steps[3]!.exitCriteria = [criterion('c-1')];
    }, ['steps[3].exitCriteria[0]: id "c-1" is used more than once']],
    ['a step id that is also a criterion id', (d) => (d.stages[0]!.exitCriteria = [criterion('b-1')]), ['steps[0]: id "b-1" is used more than once']],
    ['a link id used twice', (d) => (d.links[1]!.id = 'l-1'), ['links[1]: id "l-1" is used more than once']],
    ['an assumption id used twice', (d) => (d.assumptions = [assumption('a-1'), assumption('a-1')]), ['assumptions[1]: id "a-1" is used more than once']],
    ['a gap in stage orders', (d) => (d.stages[3]!.order = 2), ['stages: seller stage orders must run 0, 1, 2… without gaps or repeats']],
    ['a step in no stage', (d) => (d.steps[2]!.stageId = 'nowhere'), ['steps[2].stageId: no stage "nowhere"', 'links[1]: Both ends must be steps of this playbook.', 'links[2]: Both ends must be steps of this playbook.']],
    ['a mirror link drawn buyer → seller', (d) => Object.assign(d.links[2]!, { sourceId: 'b-1', targetId: 's-1' }), ['links[2]: a mirror link must go from a seller step to a buyer step']],
    ['a sequence edge across lanes', (d) => Object.assign(d.links[0]!, { targetId: 's-2' }), ['links[0]: a sequence edge must join two steps of the same lane']],
    ['a mirror link within one lane', (d) => Object.assign(d.links[2]!, { sourceId: 's-2', targetId: 's-1' }), ['links[2]: a mirror link must go from a seller step to a buyer step']],
    ['a mirror link without a relation', (d) => (d.links[2]!.relation = null), ['links[2].relation: a mirror link needs a relation']],
    ['the same sequence edge twice', (d) => d.links.push({ ...d.links[0]!, id: 'l-4' }), ['links[3]: These steps are already connected in sequence.']],
  ])('reports %s, with where it is', (_what, edit, problems) => {
    expect(findIntegrityProblems(broken(edit))).toEqual(problems);
  });

  it('a sequence edge may carry a relation or none; only mirror links need one', () => {
    expect(findIntegrityProblems(broken((d) => (d.links[0]!.relation = 'supports')))).toEqual([]);
  });
});
