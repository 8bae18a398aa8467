import fc from 'fast-check';
import type { Assumption, ExitCriterion, Lane, Link, PlaybookDoc, Stage, Step } from '../../../shared/domain/playbook';

/** Strings that have broken parsers, renderers and file systems before; they must survive as data. */
export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  '{"format":"tandem","formatVersion":99}',
  'javascript:alert(1)',
  "'; DROP TABLE steps; --",
  '\u202Egnp.exe',
  '\u0000',
  'a\u0000b\u0000',
  '\u2028\u2029',
  '\u200B\uFEFF',
  '\uFFFD \uFFFE \uFFFF',
  '👩‍👩‍👧‍👦',
  '𝕏 𠜎 \u{10FFFF}',
  'e\u0301 Ａ ﷺ',
  'a\u0300\u0301\u0302\u0303\u0304',
  'שלום \u05D0\u05B8 עולם',
  'مرحبا 123 world',
  '\\',
  '"',
  '../../etc/passwd',
];

/**
 * Text that is not well-formed Unicode: a lone surrogate has no UTF-8 form, so SQLite or a file
 * would hand back U+FFFD instead. Tandem refuses it rather than changing it silently.
 */
export const MALFORMED_STRINGS = ['\uD800', '\uDFFF lone low', 'ends high \uD83D', '\uDE00\uD83D reversed pair', 'a\uDBFFb'];

/** Any well-formed text up to maxLength code points: every plane, combining marks, RTL, NUL and the strings above. */
export const wellFormedText = (maxLength: number) =>
  fc.oneof(
    // 'binary' draws any code point except a lone surrogate, astral planes included.
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom(...HOSTILE_STRINGS),
  );

const text = wellFormedText;

/** Names are trimmed by the schema, so only trimmed ones survive a round trip unchanged. */
const name = text(40)
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const days = fc.option(fc.integer({ min: 0, max: 3_650 }), { nil: null });
// JSON has no negative zero; adding 0 turns -0 into 0.
const coordinate = fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }).map((v) => v + 0);
const isoDateTime = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const isoDate = isoDateTime.map((s) => s.slice(0, 10));

const criterionFields = fc.record({ statement: text(60), actor: fc.constantFrom('buyer', 'seller' as const) });

const stageFields = fc.record({
  name,
  width: fc.double({ min: 160, max: 4_000, noNaN: true }),
  expectedDays: days,
  alwaysOn: fc.boolean(),
  revisitable: fc.boolean(),
  exitCriteria: fc.array(criterionFields, { maxLength: 2 }),
  sortKey: fc.nat(),
});

const stepFields = fc.record({
  stagePick: fc.nat(),
  title: text(40),
  description: text(80),
  required: fc.boolean(),
  expectedDays: days,
  roles: fc.array(text(20), { maxLength: 3 }),
  techniques: fc.array(fc.record({ framework: text(20), name: text(20) }), { maxLength: 2 }),
  contentLinks: fc.array(fc.record({ label: text(20), url: text(60) }), { maxLength: 2 }),
  exitCriteria: fc.array(criterionFields, { maxLength: 2 }),
  x: coordinate,
  y: coordinate,
});

const linkPick = fc.record({
  a: fc.nat(),
  b: fc.nat(),
  relation: fc.constantFrom('supports', 'verifies' as const),
  sequenceRelation: fc.option(fc.constantFrom('supports', 'verifies' as const), { nil: null }),
  rationale: text(40),
});

const assumptionFields = fc.record({
  statement: text(60),
  source: text(40),
  confidence: fc.constantFrom('low', 'medium', 'high' as const),
  lastValidatedAt: fc.option(isoDate, { nil: null }),
  revalidateEveryDays: fc.integer({ min: 1, max: 3_650 }),
});

const metaFields = fc.record({
  name,
  motion: text(40),
  description: text(80),
  version: fc.integer({ min: 1, max: 2 ** 31 }),
  status: fc.constantFrom('draft', 'published', 'retired' as const),
  parentId: fc.option(id, { nil: null }),
  templateId: fc.option(text(40), { nil: null }),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

const viewport = fc.option(
  fc.record({ x: coordinate, y: coordinate, zoom: fc.double({ min: 0.01, max: 10, noNaN: true }) }),
  { nil: null },
);

/**
 * Random playbooks that pass the schema and the integrity rules: dense stage orders per lane
 * (stages in shuffled array order), steps in existing stages, sequence links within a lane and
 * mirror links seller → buyer, without duplicates; every string may be hostile unicode.
 */
export const playbookDocArbitrary: fc.Arbitrary<PlaybookDoc> = fc
  .record({
    meta: metaFields,
    viewport,
    buyer: fc.array(stageFields, { maxLength: 4 }),
    seller: fc.array(stageFields, { maxLength: 4 }),
    steps: fc.array(stepFields, { maxLength: 12 }),
    links: fc.array(linkPick, { maxLength: 20 }),
    assumptions: fc.array(assumptionFields, { maxLength: 3 }),
    ids: fc.uniqueArray(id, { minLength: 100, maxLength: 100 }),
  })
  .map((r): PlaybookDoc => {
    let nextId = 0;
    const freshId = () => r.ids[nextId++]!;
    const criteria = (list: Omit<ExitCriterion, 'id'>[]): ExitCriterion[] => list.map((c) => ({ id: freshId(), ...c }));

    const withKeys: Array<{ stage: Stage; sortKey: number }> = [];
    for (const [lane, list] of [['buyer', r.buyer], ['seller', r.seller]] as const) {
      list.forEach(({ sortKey, exitCriteria, ...fields }, order) => {
        withKeys.push({ sortKey, stage: { id: freshId(), lane, order, ...fields, exitCriteria: criteria(exitCriteria) } });
      });
    }
    const stages = withKeys.sort((a, b) => a.sortKey - b.sortKey).map((s) => s.stage);

    const steps: Step[] = [];
    const laneOf = new Map<string, Lane>();
    if (stages.length > 0) {
      for (const { stagePick, exitCriteria, ...fields } of r.steps) {
        const stage = stages[stagePick % stages.length]!;
        const step: Step = { id: freshId(), stageId: stage.id, ...fields, exitCriteria: criteria(exitCriteria) };
        steps.push(step);
        laneOf.set(step.id, stage.lane);
      }
    }

    const links: Link[] = [];
    const seen = new Set<string>();
    if (steps.length > 1) {
      for (const pick of r.links) {
        const a = steps[pick.a % steps.length]!.id;
        const b = steps[pick.b % steps.length]!.id;
        if (a === b) continue;
        const sameLane = laneOf.get(a) === laneOf.get(b);
        const [sourceId, targetId] = sameLane || laneOf.get(a) === 'seller' ? [a, b] : [b, a];
        const kind = sameLane ? 'sequence' : 'mirror';
        const key = `${kind}:${sourceId}:${targetId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        links.push({
          id: freshId(),
          kind,
          sourceId,
          targetId,
          relation: sameLane ? pick.sequenceRelation : pick.relation,
          rationale: pick.rationale,
        });
      }
    }

    const assumptions: Assumption[] = r.assumptions.map((a) => ({ id: freshId(), ...a }));
    return { playbook: { id: freshId(), ...r.meta }, viewport: r.viewport, stages, steps, links, assumptions };
  });
