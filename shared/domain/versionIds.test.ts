import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../templates/index';
import { instantiateTemplate } from '../templates/instantiate';
import { newStep } from './newStep';
import { versionElementId, versionIdMap } from './versionIds';

const ID = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('versionElementId', () => {
  it('gives the ids earlier releases gave: files made by them are matched by these ids', () => {
    // Compare matches a version's elements to its parent's by recomputing these ids, so the
    // derivation is part of the file format: a change here breaks comparing files already sent.
    expect(versionElementId('2f1c6a9e-0b7d-4c1e-9a55-3f0d2c8b7e11', 'step-discover-1')).toBe('ec672e76-1ec6-d18d-0c85-df7a6dbcbb01');
    expect(versionElementId('', '')).toBe('f8800dc9-0c22-1d14-9643-f54518532e40');
  });

  it('is a lower-case UUID-shaped id, the same for the same pair and different for another', () => {
    fc.assert(
      fc.property(ID, ID, ID, (version, element, other) => {
        const id = versionElementId(version, element);
        expect(id).toMatch(UUID_SHAPE);
        expect(versionElementId(version, element)).toBe(id);
        if (other !== element) expect(versionElementId(version, other)).not.toBe(id);
        if (other !== version) expect(versionElementId(other, element)).not.toBe(id);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the version and the element apart: moving a character across the boundary changes the id', () => {
    expect(versionElementId('ab', 'c')).not.toBe(versionElementId('a', 'bc'));
  });
});

describe('versionIdMap', () => {
  let n = 0;
  const doc = instantiateTemplate(findTemplate('b2b-saas-new-logo')!, { newId: () => `id-${++n}`, now: '2026-12-01T09:00:00.000Z' });
  // One criterion of each kind, wherever the template has none.
  doc.stages[0]!.exitCriteria.push({ id: 'stage-criterion-1', statement: 'The buyer agrees the problem is worth solving', actor: 'buyer' });
  doc.steps[0]!.exitCriteria.push({ id: 'step-criterion-1', statement: 'The buyer names the people who decide', actor: 'buyer' });
  doc.assumptions.push({ id: 'assumption-1', statement: 'Buyers read peer reviews first', source: '', confidence: 'medium', lastValidatedAt: '2026-11-01', revalidateEveryDays: 90 });

  it('gives the playbook the version’s id and every stage, step, criterion, link and assumption a derived one', () => {
    const map = versionIdMap(doc, 'version-2');
    const elements = [
      ...doc.stages.flatMap((s) => [s.id, ...s.exitCriteria.map((c) => c.id)]),
      ...doc.steps.flatMap((s) => [s.id, ...s.exitCriteria.map((c) => c.id)]),
      ...doc.links.map((l) => l.id),
      ...doc.assumptions.map((a) => a.id),
    ];
    expect(map.get(doc.playbook.id)).toBe('version-2');
    for (const id of elements) expect(map.get(id), id).toBe(versionElementId('version-2', id));
    expect(map.size).toBe(elements.length + 1);
    expect(new Set(map.values()).size).toBe(map.size);
  });
});

describe('newStep', () => {
  it('leaves every optional field empty and keeps what the caller gave', () => {
    expect(newStep({ id: 's1', stageId: 'st1', title: 'Run a discovery call', x: 10, y: 20 })).toEqual({
      id: 's1',
      stageId: 'st1',
      title: 'Run a discovery call',
      x: 10,
      y: 20,
      description: '',
      required: false,
      expectedDays: null,
      roles: [],
      techniques: [],
      contentLinks: [],
      exitCriteria: [],
    });
    expect(newStep({ id: 's2', stageId: 'st1', title: 'T', x: 0, y: 0, required: true, roles: ['AE'] })).toMatchObject({ required: true, roles: ['AE'], description: '' });
  });
});
