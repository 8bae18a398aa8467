import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl } from '../../shared/file/externalUrl';
import { MAX_NESTING_DEPTH } from '../../shared/file/format';
import { KIND_READERS } from '../../shared/file/kinds';
import { loadTandemBytes, loadTandemFile, type TandemLoadResult } from '../../shared/file/load';
import { findExcessNesting } from '../../shared/file/nesting';
import { HOSTILE_EXPECTED, type HostileOutcome } from './support/hostileExpectations';
import { bigPlaybook, envelope, samplePlaybook } from './support/samplePlaybook';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const hostileDir = path.join(repoRoot, 'test', 'corpus', 'hostile');
const validDir = path.join(repoRoot, 'test', 'corpus', 'valid');
const jsonTestSuiteDir = path.join(repoRoot, 'test', 'corpus', 'jsontestsuite');

type Expected = HostileOutcome;
const EXPECTED = HOSTILE_EXPECTED;

/** A message the user can read: one line, no stack frame, not empty. */
function expectReadableMessage(message: string) {
  expect(message.trim()).not.toBe('');
  expect(message).not.toMatch(/[\r\n\u2028\u2029]/);
  expect(message).not.toMatch(/\bat .*\(?[^\s()]+:\d+:\d+\)?/);
  expect(message).not.toMatch(/^\s*at /);
  expect(message.length).toBeLessThanOrEqual(300);
}

function outcome(result: TandemLoadResult): Expected {
  if (!result.ok) expectReadableMessage(result.error.message);
  return result.ok ? 'ok' : result.error.code;
}

function loadPath(file: string) {
  const bytes = readFileSync(file);
  const fromText = loadTandemFile(bytes.toString('utf8'), { byteLength: bytes.byteLength });
  const fromBytes = loadTandemBytes(bytes);
  return { fromText, fromBytes };
}

describe('hostile corpus', () => {
  const files = readdirSync(hostileDir).filter((f) => f.endsWith('.tandem')).sort();

  it('every file in the corpus has an expected outcome, and every expectation a file', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s', (name) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const { fromText, fromBytes } = loadPath(path.join(hostileDir, name));
    expect(outcome(fromText)).toBe(EXPECTED[name]);
    expect(outcome(fromBytes)).toBe(EXPECTED[name]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('script-bearing labels load as the literal strings they are', () => {
    const { fromText } = loadPath(path.join(hostileDir, 'script-labels.tandem'));
    if (!fromText.ok) throw new Error(fromText.error.message);
    const doc = fromText.file.playbook;
    expect(doc.playbook.name).toBe('<script>alert("name")</script>');
    expect(doc.steps[0]!.title).toBe('<script>alert(1)</script>');
    expect(doc.steps[1]!.title).toBe('{{constructor.constructor("alert(1)")()}}');
  });

  it('javascript:, data: and file: links load as text but are never openable', () => {
    const { fromText } = loadPath(path.join(hostileDir, 'javascript-links.tandem'));
    if (!fromText.ok) throw new Error(fromText.error.message);
    const links = fromText.file.playbook.steps[0]!.contentLinks;
    expect(links.map((l) => l.url)).toContain('javascript:alert(document.cookie)');
    expect(links.map((l) => isSafeExternalUrl(l.url))).toEqual([false, false, false, false, true]);
  });

  it('a lone surrogate is refused where it is, not stored as something else', () => {
    const { fromText, fromBytes } = loadPath(path.join(hostileDir, 'lone-surrogate.tandem'));
    const message = 'playbook.steps[1].title: Invalid text: it holds half of a character (a lone surrogate), which cannot be saved';
    expect(!fromText.ok && fromText.error.message).toBe(message);
    expect(!fromBytes.ok && fromBytes.error.message).toBe(message);
  });

  it('a newer version is refused with a message that says so', () => {
    const { fromText } = loadPath(path.join(hostileDir, 'newer-version.tandem'));
    expect(!fromText.ok && fromText.error.message).toBe(
      'This file was made by a newer version of Tandem (format 2); this version reads up to 1.',
    );
  });
});

describe('generated hostile files (too big to check in)', () => {
  const text = (value: unknown) => JSON.stringify(value);
  const load = (t: string) => loadTandemFile(t, { byteLength: Buffer.byteLength(t) });

  // How far each refusal may get: a huge input must be turned away at the cheapest step that
  // can see the problem, so its cost stays a scan of the text (sizes, nesting) or of the lists.
  it.each<[string, () => string, Expected, 'before parsing' | 'before the schema' | 'at the schema']>([
    ['10,001 steps', () => text(envelope(bigPlaybook({ steps: 10_001 }))), 'too-many', 'before the schema'],
    ['40,001 links', () => {
      const doc = bigPlaybook({ steps: 2 });
      doc.links = Array.from({ length: 40_001 }, (_, i) => ({ ...doc.links[0]!, id: `l-${i}` }));
      return text(envelope(doc));
    }, 'too-many', 'before the schema'],
    ['1,001 assumptions', () => {
      const doc = samplePlaybook();
      doc.assumptions = Array.from({ length: 1_001 }, (_, i) => ({
        id: `a-${i}`, statement: 's', source: '', confidence: 'low' as const, lastValidatedAt: null, revalidateEveryDays: 30,
      }));
      return text(envelope(doc));
    }, 'too-many', 'before the schema'],
    ['a 20,001-character description', () => {
      const doc = samplePlaybook();
      doc.steps[0]!.description = 'x'.repeat(20_001);
      return text(envelope(doc));
    }, 'invalid', 'at the schema'],
    ['100,000 levels of nesting', () => '['.repeat(100_000), 'too-deep', 'before parsing'],
    ['100,000 nested objects inside a valid header', () => `{"format":"tandem","formatVersion":1,"x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`, 'too-deep', 'before parsing'],
    ['a file over 50 MB', () => ' '.repeat(50 * 1024 * 1024 + 1), 'too-large', 'before parsing'],
  ])('%s', (_name, make, expected, refused) => {
    const t = make();
    const parse = vi.spyOn(JSON, 'parse');
    const schemas = Object.values(KIND_READERS).map((reader) => vi.spyOn(reader.schema, 'safeParse'));
    try {
      expect(outcome(load(t))).toBe(expected);
      expect(parse.mock.calls.length > 0, 'parsed').toBe(refused !== 'before parsing');
      expect(schemas.some((s) => s.mock.calls.length > 0), 'checked against the schema').toBe(refused === 'at the schema');
    } finally {
      parse.mockRestore();
      for (const s of schemas) s.mockRestore();
    }
  });
});

describe('valid corpus', () => {
  it('the first checked-in file of format 1 keeps loading', () => {
    const { fromText, fromBytes } = loadPath(path.join(validDir, 'b2b-v1.tandem'));
    if (!fromText.ok) throw new Error(fromText.error.message);
    expect(fromBytes.ok).toBe(true);
    expect(fromText.fromVersion).toBe(1);
    const doc = fromText.file.playbook;
    expect(doc.playbook.name).toBe('B2B SaaS new logo');
    expect({ stages: doc.stages.length, steps: doc.steps.length, links: doc.links.length, assumptions: doc.assumptions.length }).toEqual({
      stages: 11,
      steps: 17,
      links: 21,
      assumptions: 2,
    });
  });

  it('loads the plan written by format version 1, with its pinned playbook (a file never regenerated)', () => {
    const { fromText, fromBytes } = loadPath(path.join(validDir, 'acme-plan-v1.tandem'));
    if (!fromText.ok) throw new Error(fromText.error.message);
    expect(fromBytes.ok).toBe(true);
    expect(fromText.fromVersion).toBe(1);
    if (fromText.file.kind !== 'plan') throw new Error('expected a plan file');
    const { plan, playbook } = fromText.file;
    expect(plan.plan).toMatchObject({ account: 'Acme Corp', rep: 'Dana Whitfield', value: 48_000, currency: 'EUR', targetCloseDate: '2027-03-31' });
    expect(playbook.playbook).toMatchObject({ name: 'SMB inbound', version: 1, status: 'published' });
    expect({ steps: plan.steps.length, stakeholders: plan.stakeholders.length, deviations: plan.deviations.length }).toEqual({ steps: 21, stakeholders: 2, deviations: 1 });
    expect(plan.deviations[0]).toMatchObject({ kind: 'skip', reason: 'They trialled the product last quarter.' });
  });
});

describe('JSONTestSuite', () => {
  const files = readdirSync(jsonTestSuiteDir).filter((f) => /^[iny]_.*\.json$/.test(f)).sort();

  it('is present', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s', (name) => {
    const bytes = readFileSync(path.join(jsonTestSuiteDir, name));
    // Whatever the file, the parser (and everything that recurses after it) only ever sees text
    // nested within the limit: deeper files are refused by the linear scan before it.
    const parse = vi.spyOn(JSON, 'parse');
    let results: TandemLoadResult[];
    try {
      results = [loadTandemBytes(bytes), loadTandemFile(bytes.toString('utf8'), { byteLength: bytes.byteLength })];
      for (const [text] of parse.mock.calls) expect(findExcessNesting(text, MAX_NESTING_DEPTH)).toBeNull();
    } finally {
      parse.mockRestore();
    }
    for (const result of results) {
      // None of these is a Tandem file, so nothing may load; n_ files must fail before the header check.
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expectReadableMessage(result.error.message);
      if (name.startsWith('n_')) expect(['not-json', 'too-deep']).toContain(result.error.code);
    }
  });
});
