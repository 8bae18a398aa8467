import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIntegrityProblems } from '../domain/integrity';
import { PlaybookDoc } from '../domain/playbook';
import { playbookDocArbitrary } from '../../test/node/support/playbookArbitrary';
import { samplePlaybook } from '../../test/node/support/samplePlaybook';
import { newPlanFromPlaybook } from '../plan/newPlan';
import { loadTandemFile } from './load';
import { serializePlanFile, serializeTandemFile } from './serialize';

const options = { now: '2025-02-01T10:00:00.000Z', appVersion: '0.1.0' };
const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

describe('serializeTandemFile', () => {
  it('the arbitrary makes playbooks that pass the schema and the integrity rules', () => {
    fc.assert(
      fc.property(playbookDocArbitrary, (doc) => {
        expect(PlaybookDoc.parse(doc)).toEqual(doc);
        expect(findIntegrityProblems(doc)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('round-trips any valid playbook: serialize → load gives the same doc', () => {
    fc.assert(
      fc.property(playbookDocArbitrary, (doc) => {
        const text = serializeTandemFile(doc, options);
        const result = loadTandemFile(text, { byteLength: byteLength(text) });
        if (!result.ok) throw new Error(result.error.message);
        expect(result.file.playbook).toEqual(doc);
        expect(result.file).toMatchObject({ format: 'tandem', formatVersion: 1, kind: 'playbook', exportedAt: options.now });
      }),
      { numRuns: 200 },
    );
  });

  it('writes the same text whatever order the keys come in', () => {
    fc.assert(
      fc.property(playbookDocArbitrary, (doc) => {
        expect(serializeTandemFile(reverseKeys(doc) as PlaybookDoc, options)).toBe(serializeTandemFile(doc, options));
      }),
      { numRuns: 50 },
    );
  });

  it('writes the envelope first, in a fixed order, as pretty JSON with a final newline', () => {
    const text = serializeTandemFile(samplePlaybook(), options);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'formatVersion', 'kind', 'exportedAt', 'app', 'playbook']);
    expect(text.startsWith('{\n  "format": "tandem",\n  "formatVersion": 1,\n  "kind": "playbook",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).app).toBe('Tandem 0.1.0');
  });

  it('drops fields the schema does not know instead of writing them', () => {
    const doc = samplePlaybook() as PlaybookDoc & { secret?: string };
    doc.secret = 'x';
    (doc.steps[0] as unknown as Record<string, unknown>).dragging = true;
    const text = serializeTandemFile(doc, options);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('dragging');
  });
});

describe('serializePlanFile', () => {
  it('writes the same envelope as a playbook file, then the plan, then its playbook', () => {
    const playbook = samplePlaybook();
    let n = 0;
    const plan = newPlanFromPlaybook(playbook, { account: 'Acme' }, { newId: () => `p-${++n}`, now: options.now });
    const text = serializePlanFile(plan, playbook, { ...options, installationId: 'inst-1', author: 'Morgan' });
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'kind', 'exportedAt', 'app', 'installationId', 'author', 'plan', 'playbook']);
    expect(file).toMatchObject({ format: 'tandem', formatVersion: 1, kind: 'plan', exportedAt: options.now, app: 'Tandem 0.1.0', installationId: 'inst-1', author: 'Morgan' });
    expect(text.startsWith('{\n  "format": "tandem",\n  "formatVersion": 1,\n  "kind": "plan",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
