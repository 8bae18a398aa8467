import { describe, expect, it, vi } from 'vitest';
import { bigPlaybook, envelope, samplePlaybook } from '../../test/node/support/samplePlaybook';
import { MAX_FILE_BYTES } from './format';
import { newPlanFromPlaybook } from '../plan/newPlan';
import { PLAN_LIMITS } from '../plan/plan';
import type { Note } from '../review/notes';
import { fileSizeProblem, loadTandemBytes, loadTandemFile, type TandemLoadResult } from './load';
import { serializePlanFile, serializeTandemFile } from './serialize';

const load = (text: string) => loadTandemFile(text, { byteLength: new TextEncoder().encode(text).byteLength });
const json = (value: unknown) => JSON.stringify(value);
const valid = () => serializeTandemFile(samplePlaybook(), { now: '2025-02-01T10:00:00.000Z', appVersion: '0.1.0' });

function expectError(result: TandemLoadResult, code: string, message?: RegExp | string) {
  if (result.ok) throw new Error(`expected ${code}, but the file loaded`);
  expect(result.error.code).toBe(code);
  expect(result.error.message).not.toMatch(/[\n\r]/);
  if (message instanceof RegExp) expect(result.error.message).toMatch(message);
  else if (message) expect(result.error.message).toBe(message);
  return result.error.message;
}

describe('loadTandemFile', () => {
  it('loads a file the serializer wrote', () => {
    const result = load(valid());
    expect(result.ok && result.file.playbook).toEqual(samplePlaybook());
    expect(result.ok && result.fromVersion).toBe(1);
  });

  it('refuses a file over 50 MB from its byte length, before looking at the text', () => {
    expectError(loadTandemFile(valid(), { byteLength: MAX_FILE_BYTES + 1 }), 'too-large', /up to 50\.0 MB/);
    expectError(loadTandemBytes(new Uint8Array(MAX_FILE_BYTES + 1)), 'too-large');
  });

  it('opens a file of exactly 50 MB: the limit is inclusive', () => {
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(MAX_FILE_BYTES + 1)?.code).toBe('too-large');
    expect(loadTandemFile(valid(), { byteLength: MAX_FILE_BYTES }).ok).toBe(true);
  });

  it('refuses text longer than the limit even when the caller understates its size', () => {
    // Each UTF-16 code unit is at least one UTF-8 byte, so the text itself proves the file too large.
    const text = ' '.repeat(MAX_FILE_BYTES + 1);
    expectError(loadTandemFile(text, { byteLength: 10 }), 'too-large', /^The file is 50\.0 MB; Tandem opens files up to 50\.0 MB\.$/);
  });

  it.each([
    ['empty', '', /empty/],
    ['whitespace only', ' \n\t ', /empty/],
    ['a bare BOM', '\uFEFF', /empty/],
    ['truncated', valid().slice(0, 200), /not valid JSON/],
    ['a trailing comma', '{"format":"tandem",}', /not valid JSON.*line 1/],
    ['NaN', '{"x": NaN}', /not valid JSON/],
    ['a comment', '{"format":"tandem"} // hi', /not valid JSON/],
    ['a CSV export', 'lane,stage,title\r\nbuyer,Recognise the need,Notice a problem\r\n', /^This is not a Tandem file\. Tandem opens \.tandem files/],
    ['a Markdown export', '# B2B SaaS new logo\n\n## Buyer journey\n', /^This is not a Tandem file\./],
  ])('refuses %s as not-json', (_name, text, message) => {
    expectError(load(text), 'not-json', message);
  });

  it('says where a syntax error is', () => {
    expectError(load('{\n  "format": "tandem",\n  "kind" "playbook"}'), 'not-json', /\(line 3, column 10\)\.$/);
    expectError(load('{\n  "kind": }'), 'not-json', "The file is not valid JSON: Unexpected token '}'.");
  });

  it('gives the exact syntax message, with its place, even after leading blank lines', () => {
    expectError(load('\n  {"format": "tandem",}'), 'not-json', 'The file is not valid JSON: Expected double-quoted property name (line 2, column 23).');
    expectError(load('{"format":"tandem"} // hi'), 'not-json', 'The file is not valid JSON: Unexpected non-whitespace character after JSON (line 1, column 21).');
    expectError(load('{"format": "tandem", "formatVersion":'), 'not-json', 'The file is not valid JSON: it ends too early (is the file cut off?).');
  });

  it('says a file cut off anywhere is cut off', () => {
    // Whatever the parser calls it, a file that stops part way fails at its end.
    const text = valid().trimEnd();
    const messages = new Set<string>();
    for (let length = 1; length < text.length; length++) messages.add(expectError(load(text.slice(0, length)), 'not-json'));
    expect([...messages]).toEqual(['The file is not valid JSON: it ends too early (is the file cut off?).']);
  });

  it('refuses bytes that are not UTF-8', () => {
    expectError(loadTandemBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 'not-json', 'The file is not UTF-8 text.');
  });

  it('accepts a byte order mark, from text or bytes', () => {
    expect(load(`\uFEFF${valid()}`).ok).toBe(true);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid())]);
    expect(loadTandemBytes(bytes).ok).toBe(true);
  });

  it('reads bytes exactly as it reads their text: one byte order mark is skipped, a second is not JSON', () => {
    const text = `\uFEFF\uFEFF${valid()}`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes.slice(0, 6)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]));
    const fromText = loadTandemFile(text, { byteLength: bytes.byteLength });
    expectError(fromText, 'not-json', "The file is not valid JSON: Unexpected token 'U+FEFF'.");
    expect(loadTandemBytes(bytes)).toEqual(fromText);
  });

  it('refuses 100,000 levels of nesting before parsing, without throwing', () => {
    // The parser and everything after it recurse; a text this deep must never reach them.
    const parse = vi.spyOn(JSON, 'parse');
    try {
      for (const text of ['['.repeat(100_000), `${'['.repeat(100_000)}${']'.repeat(100_000)}`, '{"a":'.repeat(100_000)]) {
        expectError(load(text), 'too-deep', /more than 64 levels deep \(at character (65|321)\)\.$/);
      }
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('counts brackets inside strings as text, not nesting', () => {
    const doc = samplePlaybook();
    doc.steps[0]!.description = `${'['.repeat(1_000)} \\" {{{ \\\\`;
    expect(load(serializeTandemFile(doc, { now: '2025-02-01T10:00:00.000Z', appVersion: '0.1.0' })).ok).toBe(true);
  });

  it.each([
    ['a list', '[1, 2]'],
    ['a number', '42'],
    ['a string', '"tandem"'],
    ['null', 'null'],
    ['an object without format', json({ name: 'x' })],
    ['another app\'s file', json({ format: 'tldraw', formatVersion: 1 })],
  ])('refuses %s as not-tandem', (_name, text) => {
    expectError(load(text), 'not-tandem', /not a Tandem file/);
  });

  it('refuses a newer format version with a message that says which', () => {
    expectError(
      load(json(envelope(samplePlaybook(), { formatVersion: 2 }))),
      'newer-version',
      'This file was made by a newer version of Tandem (format 2); this version reads up to 1.',
    );
  });

  it.each([
    ['missing', undefined, /formatVersion: expected a whole number from 1 up, found nothing/],
    ['text', '1', /found the text "1"/],
    ['fractional', 1.5, /found 1\.5/],
    ['zero', 0, /found 0/],
  ])('refuses a formatVersion that is %s', (_name, formatVersion, message) => {
    expectError(load(json(envelope(samplePlaybook(), { formatVersion }))), 'invalid', message);
  });

  it.each([
    ['null', null, 'null'],
    ['a list', [2], 'a list'],
    ['an object', { major: 2 }, 'an object'],
    ['true', true, 'true'],
    ['negative', -3, '-3'],
    ['text of 20 characters', 'x'.repeat(20), `the text "${'x'.repeat(20)}"`],
    ['longer text', `${'x'.repeat(20)}yz`, `the text "${'x'.repeat(20)}…"`],
  ])('describes a formatVersion that is %s in the message', (_name, formatVersion, found) => {
    expectError(load(json(envelope(samplePlaybook(), { formatVersion }))), 'invalid', `formatVersion: expected a whole number from 1 up, found ${found}.`);
  });

  it('refuses an unknown kind and a missing one', () => {
    expectError(load(json(envelope(samplePlaybook(), { kind: 'forecast' }))), 'invalid', /kind: this version of Tandem does not read "forecast" files/);
    expectError(load(json(envelope(samplePlaybook(), { kind: 7 }))), 'invalid', /kind: expected one of playbook, plan, found 7/);
    expectError(load(json(envelope(samplePlaybook(), { kind: null }))), 'invalid', 'kind: expected one of playbook, plan, found null.');
    expectError(load(json(envelope(samplePlaybook(), { kind: ['plan'] }))), 'invalid', 'kind: expected one of playbook, plan, found a list.');
  });

  it('names the JSON path of the first schema problem', () => {
    const doc = samplePlaybook() as unknown as { steps: Array<Record<string, unknown>> };
    doc.steps[3]!.title = 'x'.repeat(301);
    expectError(load(json(envelope(doc))), 'invalid', /^playbook\.steps\[3\]\.title: Too big/);
    doc.steps[3]!.title = 5;
    expectError(load(json(envelope(doc))), 'invalid', /^playbook\.steps\[3\]\.title: Invalid input: expected string, received number/);
  });

  it('says how many more schema problems there are', () => {
    const doc = samplePlaybook() as unknown as { steps: Array<Record<string, unknown>> };
    doc.steps[1]!.title = 5;
    expectError(load(json(envelope(doc))), 'invalid', 'playbook.steps[1].title: Invalid input: expected string, received number');
    doc.steps[2]!.title = 6;
    expectError(load(json(envelope(doc))), 'invalid', 'playbook.steps[1].title: Invalid input: expected string, received number (and 1 more)');
    doc.steps[3]!.title = 7;
    expectError(load(json(envelope(doc))), 'invalid', 'playbook.steps[1].title: Invalid input: expected string, received number (and 2 more)');
  });

  it('lists every unknown field of an object', () => {
    const doc = samplePlaybook() as unknown as { steps: Array<Record<string, unknown>> };
    doc.steps[1]!.colour = 'red';
    doc.steps[1]!.size = 2;
    expectError(load(json(envelope(doc))), 'invalid', 'playbook.steps[1]: unknown fields "colour", "size"; this version of Tandem does not know them');
  });

  it('ignores unknown envelope fields and refuses unknown fields in the playbook', () => {
    const loaded = load(json(envelope(samplePlaybook(), { signature: 'abc', generator: { a: 1 } })));
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && Object.keys(loaded.file)).not.toContain('signature');

    const doc = samplePlaybook() as unknown as { steps: Array<Record<string, unknown>> };
    doc.steps[1]!.colour = 'red';
    expectError(load(json(envelope(doc))), 'invalid', 'playbook.steps[1]: unknown field "colour"; this version of Tandem does not know it');
  });

  it('refuses too many steps with the count and the cap', () => {
    expectError(load(json(envelope(bigPlaybook({ steps: 10_001 })))), 'too-many', 'playbook.steps: 10,001 steps; a playbook holds at most 10,000.');
  });

  it('refuses a nested list over its cap', () => {
    const doc = samplePlaybook();
    doc.steps[2]!.roles = Array.from({ length: 101 }, (_, i) => `role ${i}`);
    expectError(load(json(envelope(doc))), 'too-many', 'playbook.steps[2].roles: 101 items; a step holds at most 100.');
  });

  it('loads a playbook right at the step cap', () => {
    expect(load(json(envelope(bigPlaybook({ steps: 10_000 })))).ok).toBe(true);
  });

  it('refuses dangling references and duplicate ids as inconsistent', () => {
    const dangling = samplePlaybook();
    dangling.links[0]!.targetId = 'nowhere';
    expectError(load(json(envelope(dangling))), 'inconsistent', /^playbook\.links\[0\]: Both ends must be steps/);

    const duplicate = samplePlaybook();
    duplicate.steps[1]!.id = duplicate.steps[0]!.id;
    expectError(load(json(envelope(duplicate))), 'inconsistent', /^playbook\.steps\[1\]: id "b-1" is used more than once/);
  });

  it('gives the first inconsistency and how many more there are', () => {
    const one = samplePlaybook();
    one.links[0]!.targetId = 'nowhere';
    expectError(load(json(envelope(one))), 'inconsistent', 'playbook.links[0]: Both ends must be steps of this playbook.');

    const two = samplePlaybook();
    two.links[0]!.targetId = 'nowhere';
    two.steps[1]!.id = two.steps[0]!.id;
    expectError(load(json(envelope(two))), 'inconsistent', 'playbook.steps[1]: id "b-1" is used more than once (and 1 more)');
  });

  it('checks notes only against a sound body, and counts their problems the same way', () => {
    const note = (id: string, stepId: string): Note => ({
      id,
      target: { kind: 'step', id: stepId },
      kind: 'comment',
      text: 'Why here?',
      author: 'Morgan',
      createdAt: '2025-02-01T09:00:00.000Z',
      resolved: false,
      parentId: null,
    });
    const options = { now: '2025-02-01T10:00:00.000Z', appVersion: '0.1.0' };
    const notes = [note('n-1', 'gone'), note('n-2', 'lost')];
    expectError(load(serializeTandemFile(samplePlaybook(), { ...options, notes })), 'inconsistent', 'notes[0].target.id: no step "gone" in this file (and 1 more)');

    const dangling = samplePlaybook();
    dangling.links[0]!.targetId = 'nowhere';
    expectError(load(serializeTandemFile(dangling, { ...options, notes })), 'inconsistent', 'playbook.links[0]: Both ends must be steps of this playbook.');
  });

  it('refuses text that is not well-formed Unicode, escaped or raw, in the body or the envelope', () => {
    const message = 'Invalid text: it holds half of a character (a lone surrogate), which cannot be saved';
    const doc = samplePlaybook();
    doc.steps[2]!.title = 'Run \uD800 discovery';
    const escaped = json(envelope(doc));
    expect(escaped).toContain('\\ud800');
    expectError(load(escaped), 'invalid', `playbook.steps[2].title: ${message}`);
    expectError(loadTandemFile(escaped.replace('\\ud800', '\uD800'), { byteLength: escaped.length }), 'invalid', `playbook.steps[2].title: ${message}`);
    expectError(load(json(envelope(samplePlaybook(), { author: 'Dana \uDFFF' }))), 'invalid', `author: ${message}`);
  });

  it('keeps script-bearing text as literal strings', () => {
    const doc = samplePlaybook();
    doc.steps[0]!.title = '<script>alert(1)</script>';
    doc.steps[0]!.contentLinks = [{ label: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }];
    const result = load(json(envelope(doc)));
    expect(result.ok && result.file.playbook.steps[0]).toMatchObject({
      title: '<script>alert(1)</script>',
      contentLinks: [{ label: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }],
    });
  });
});

describe('plan files', () => {
  const options = { now: '2025-02-01T10:00:00.000Z', appVersion: '0.1.0' };
  /** A sound plan file as parsed JSON, to spoil one part of. */
  const planFile = (): Record<string, Record<string, unknown>> => {
    const playbook = samplePlaybook();
    let n = 0;
    const plan = newPlanFromPlaybook(playbook, { account: 'Acme' }, { newId: () => `p-${++n}`, now: options.now });
    return JSON.parse(serializePlanFile(plan, playbook, options));
  };

  it('loads a plan file the serializer wrote', () => {
    const text = json(planFile());
    expect(load(text)).toMatchObject({ ok: true, file: { kind: 'plan', plan: { plan: { account: 'Acme' } } } });
  });

  it('counts the pinned playbook\'s lists as in a playbook file', () => {
    const file = planFile();
    file.playbook!.steps = new Array(10_001).fill(null);
    expectError(load(json(file)), 'too-many', 'playbook.steps: 10,001 steps; a playbook holds at most 10,000.');
  });

  it('counts the plan\'s own lists, up to and over their caps', () => {
    const file = planFile();
    file.plan!.stakeholders = new Array(PLAN_LIMITS.stakeholders + 1).fill(null);
    expectError(load(json(file)), 'too-many', 'plan.stakeholders: 501 stakeholders; a plan holds at most 500.');
    file.plan!.stakeholders = new Array(PLAN_LIMITS.stakeholders).fill(null);
    expectError(load(json(file)), 'invalid', /^plan\.stakeholders\[0\]: /);
  });

  it.each([
    ['null', null],
    ['a text', 'plan'],
    ['missing', undefined],
  ])('refuses a plan body that is %s by its path, without failing', (_name, body) => {
    const file = planFile();
    (file as Record<string, unknown>).plan = body;
    expectError(load(json(file)), 'invalid', /^plan: Invalid input: expected object, received /);
  });
});

describe('prototype keys', () => {
  const pollution = '{"polluted": true}';
  const base = () => json(envelope(samplePlaybook()));
  const cases: Array<[string, string]> = [
    ['at the top', base().replace('{', `{"__proto__": ${pollution},`)],
    ['in the playbook', base().replace('"playbook":{', `"playbook":{"__proto__": ${pollution},`)],
    ['in a step', base().replace('"stageId"', `"__proto__": ${pollution}, "stageId"`)],
    ['in a list', base().replace('"roles":[]', `"roles":[{"__proto__": ${pollution}}]`)],
    ['as constructor', base().replace('"stageId"', `"constructor": {"prototype": ${pollution}}, "stageId"`)],
    ['as prototype', base().replace('{', `{"prototype": ${pollution},`)],
    ['in an ignored envelope field', base().replace('{', `{"extra": {"__proto__": ${pollution}},`)],
  ];

  it.each(cases)('refuses a forbidden key %s and leaves Object.prototype alone', (_name, text) => {
    expect(text).not.toBe(base());
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const message = expectError(load(text), 'invalid', /the key "(__proto__|constructor|prototype)" is not allowed/);
    expect(message).toMatch(/^[a-z_[\]0-9.]+: /i);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('names the path to the key, quoting names that are not plain words', () => {
    const text = base().replace('{', `{"extra": {"my key": [0, {"__proto__": ${pollution}}]},`);
    expectError(load(text), 'invalid', 'extra["my key"][1].__proto__: the key "__proto__" is not allowed in a Tandem file.');
  });

  it('allows those words as values', () => {
    const doc = samplePlaybook();
    doc.steps[0]!.title = '__proto__';
    doc.steps[0]!.roles = ['constructor', 'prototype'];
    expect(load(json(envelope(doc))).ok).toBe(true);
  });
});
