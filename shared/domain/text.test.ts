import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { MALFORMED_STRINGS, playbookDocArbitrary } from '../../test/node/support/playbookArbitrary';
import { planWithPlaybookArbitrary } from '../../test/node/support/planArbitrary';
import { formatJsonPath } from '../file/jsonPath';
import { loadTandemFile } from '../file/load';
import { serializePlanFile, serializeTandemFile } from '../file/serialize';
import { PlanDoc } from '../plan/plan';
import { PlaybookDoc } from './playbook';
import { isWellFormedText, MALFORMED_TEXT_MESSAGE } from './text';

type Path = Array<string | number>;

describe('isWellFormedText', () => {
  it('accepts whole characters of every plane, combining marks, right-to-left text and NUL', () => {
    for (const text of ['', 'plain', '😀 𝕏 \u{10FFFF}', '👩‍👩‍👧‍👦', 'e\u0301', 'שלום مرحبا', 'a\u0000b', '\uFFFD\uFFFE\uFFFF', '\uD83D\uDE00']) {
      expect(isWellFormedText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses half of a character anywhere: high or low, alone, at either end, or a pair in the wrong order', () => {
    for (const text of MALFORMED_STRINGS) expect(isWellFormedText(text), JSON.stringify(text)).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.integer({ min: 0xd800, max: 0xdfff }), (before, after, half) => {
        expect(isWellFormedText(before + after)).toBe(true);
        expect(isWellFormedText(before + String.fromCharCode(half) + after)).toBe(false);
      }),
    );
  });
});

/** The path of every string in a value. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => stringPaths(v, [...path, Array.isArray(value) ? Number(key) : key]));
}

function withValue<T>(doc: T, path: Path, value: string): T {
  const copy = structuredClone(doc);
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

/**
 * Puts half a character into each string of a valid document in turn. Where the schema takes any
 * text (it accepts both "x" and an astral character), the refusal must be exactly "not
 * well-formed" at that path, in the schema and in a file; ids, dates and codes refuse it by their
 * own rules. Returns the free-text fields checked, as paths without list positions.
 */
function expectRefusedEverywhere<T>(doc: T, malformed: string, schema: z.ZodType, asFile: (doc: T) => string, filePrefix: string): Set<string> {
  const freeText = new Set<string>();
  for (const path of stringPaths(doc)) {
    const bad = withValue(doc, path, malformed);
    const parsed = schema.safeParse(bad);
    expect(parsed.success, formatJsonPath(path)).toBe(false);

    const takesAnyText = schema.safeParse(withValue(doc, path, 'x')).success && schema.safeParse(withValue(doc, path, 'x\uD83D\uDE00')).success;
    if (!takesAnyText) continue;
    freeText.add(formatJsonPath(path).replace(/\[\d+\]/g, '[]'));
    expect(parsed.error!.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([{ path, message: MALFORMED_TEXT_MESSAGE }]);
    const text = asFile(bad);
    const loaded = loadTandemFile(text, { byteLength: new TextEncoder().encode(text).byteLength });
    expect(loaded).toEqual({ ok: false, error: { code: 'invalid', message: `${filePrefix}${formatJsonPath(path)}: ${MALFORMED_TEXT_MESSAGE}` } });
  }
  return freeText;
}

const OPTIONS = { now: '2026-11-21T08:00:00.000Z', appVersion: '0.1.0' };

// Documents with every list filled, so each text field is checked whatever the random draws give.
const completePlaybook = fc.sample(
  playbookDocArbitrary.filter(
    (d) =>
      d.playbook.templateId !== null &&
      d.assumptions.length > 0 &&
      d.links.length > 0 &&
      d.stages.some((s) => s.exitCriteria.length > 0) &&
      d.steps.some((s) => s.roles.length > 0 && s.techniques.length > 0 && s.contentLinks.length > 0 && s.exitCriteria.length > 0),
  ),
  { numRuns: 1, seed: 1 },
)[0]!;
const completePlan = fc.sample(
  planWithPlaybookArbitrary.filter(({ plan }) => plan.stakeholders.length > 0 && plan.deviations.length > 0 && plan.steps.some((s) => s.evidence.length > 0)),
  { numRuns: 1, seed: 1 },
)[0]!;

const PLAYBOOK_TEXT = [
  'playbook.name', 'playbook.motion', 'playbook.description', 'playbook.templateId',
  'stages[].name', 'stages[].exitCriteria[].statement',
  'steps[].title', 'steps[].description', 'steps[].roles[]', 'steps[].techniques[].framework', 'steps[].techniques[].name',
  'steps[].contentLinks[].label', 'steps[].contentLinks[].url', 'steps[].exitCriteria[].statement',
  'links[].rationale', 'assumptions[].statement', 'assumptions[].source',
];
const PLAN_TEXT = [
  'plan.account', 'plan.opportunity', 'plan.rep', 'plan.outcomeNote',
  'steps[].title', 'steps[].sellerOwner', 'steps[].notes', 'steps[].evidence[].note',
  'stakeholders[].name', 'stakeholders[].title', 'deviations[].reason',
];

describe('text that is not well-formed Unicode', () => {
  const asPlaybookFile = (d: PlaybookDoc) => serializeTandemFile(d, OPTIONS);

  it('is refused in every text field of a playbook, by the schema and by the file loader', () => {
    // A lone high half and a lone low half; the random runs below draw the other shapes too.
    for (const malformed of MALFORMED_STRINGS.slice(0, 2)) {
      expect([...expectRefusedEverywhere(completePlaybook, malformed, PlaybookDoc, asPlaybookFile, 'playbook.')].sort()).toEqual([...PLAYBOOK_TEXT].sort());
    }
    fc.assert(
      fc.property(playbookDocArbitrary, fc.constantFrom(...MALFORMED_STRINGS), (doc, malformed) => {
        expectRefusedEverywhere(doc, malformed, PlaybookDoc, asPlaybookFile, 'playbook.');
      }),
      { numRuns: 10 },
    );
  });

  it('is refused in every text field of a deal plan, by the schema and by the file loader', () => {
    const { plan, playbook } = completePlan;
    const asPlanFile = (p: PlanDoc) => serializePlanFile(p, playbook, OPTIONS);
    // A lone high half and a lone low half; the random runs below draw the other shapes too.
    for (const malformed of MALFORMED_STRINGS.slice(0, 2)) {
      expect([...expectRefusedEverywhere(plan, malformed, PlanDoc, asPlanFile, 'plan.')].sort()).toEqual([...PLAN_TEXT].sort());
    }
    fc.assert(
      fc.property(planWithPlaybookArbitrary, fc.constantFrom(...MALFORMED_STRINGS), ({ plan: p, playbook: pb }, malformed) => {
        expectRefusedEverywhere(p, malformed, PlanDoc, (x) => serializePlanFile(x, pb, OPTIONS), 'plan.');
      }),
      { numRuns: 10 },
    );
  });
});
