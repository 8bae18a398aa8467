import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIntegrityProblems } from '../domain/integrity';
import type { PlaybookDoc } from '../domain/playbook';
import { playbookDocArbitrary } from '../../test/node/support/playbookArbitrary';
import { samplePlaybook } from '../../test/node/support/samplePlaybook';
import { remapIds } from './remapIds';

function allIds(doc: PlaybookDoc): string[] {
  return [
    doc.playbook.id,
    ...doc.stages.flatMap((s) => [s.id, ...s.exitCriteria.map((c) => c.id)]),
    ...doc.steps.flatMap((s) => [s.id, s.stageId, ...s.exitCriteria.map((c) => c.id)]),
    ...doc.links.flatMap((l) => [l.id, l.sourceId, l.targetId]),
    ...doc.assumptions.map((a) => a.id),
  ];
}

const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('remapIds', () => {
  it('replaces every id, keeps references consistent and leaves the original alone', () => {
    fc.assert(
      fc.property(playbookDocArbitrary, (doc) => {
        const before = structuredClone(doc);
        const copy = remapIds(doc, counter());
        expect(doc).toEqual(before);
        expect(findIntegrityProblems(copy)).toEqual([]);
        const old = new Set(allIds(doc));
        for (const id of allIds(copy)) expect(old.has(id)).toBe(false);
        // Position by position, old and new ids pair up one to one: references still point alike.
        const oldIds = allIds(doc);
        const newIds = allIds(copy);
        const forward = new Map<string, string>();
        const backward = new Map<string, string>();
        oldIds.forEach((id, i) => {
          expect(forward.get(id) ?? newIds[i]).toBe(newIds[i]);
          expect(backward.get(newIds[i]!) ?? id).toBe(id);
          forward.set(id, newIds[i]!);
          backward.set(newIds[i]!, id);
        });
        // Apart from ids, nothing changed.
        const withoutIds = (d: PlaybookDoc) => JSON.stringify(d, (k, v) => (/^(id|stageId|sourceId|targetId)$/.test(k) ? '' : v));
        expect(withoutIds(copy)).toBe(withoutIds(doc));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps parentId, which names the version the playbook came from', () => {
    const doc = samplePlaybook();
    doc.playbook.parentId = 'older-version';
    expect(remapIds(doc, counter()).playbook.parentId).toBe('older-version');
  });

  it('shares no arrays or objects with the original', () => {
    const doc = samplePlaybook();
    doc.steps[0]!.roles = ['Champion'];
    const copy = remapIds(doc, counter());
    copy.steps[0]!.roles.push('Coach');
    copy.viewport!.zoom = 2;
    expect(doc.steps[0]!.roles).toEqual(['Champion']);
    expect(doc.viewport!.zoom).toBe(1);
  });
});
