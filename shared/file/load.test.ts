import { describe, expect, it, vi } from 'vitest';
import { bigPlaybook, envelope, samplePlaybook } from '../../test/node/support/samplePlaybook';
import { MAX_FILE_BYTES } from './format';
import { fileSizeProblem, loadTandemBytes, loadTandemFile, type TandemLoadResult } from './load';
import { serializeTandemFile } from './serialize';

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

  it('refuses bytes that are not UTF-8', () => {
    expectError(loadTandemBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 'not-json', 'The file is not UTF-8 text.');
  });

  it('accepts a byte order mark, from text or bytes', () => {
    expect(load(`\uFEFF${valid()}`).ok).toBe(true);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid())]);
    expect(loadTandemBytes(bytes).ok).toBe(true);
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

  it('refuses an unknown kind and a missing one', () => {
    expectError(load(json(envelope(samplePlaybook(), { kind: 'forecast' }))), 'invalid', /kind: this version of Tandem does not read "forecast" files/);
    expectError(load(json(envelope(samplePlaybook(), { kind: 7 }))), 'invalid', /kind: expected one of playbook, plan, found 7/);
  });

  it('names the JSON path of the first schema problem', () => {
    const doc = samplePlaybook() as unknown as { steps: Array<Record<string, unknown>> };
    doc.steps[3]!.title = 'x'.repeat(301);
    expectError(load(json(envelope(doc))), 'invalid', /^playbook\.steps\[3\]\.title: Too big/);
    doc.steps[3]!.title = 5;
    expectError(load(json(envelope(doc))), 'invalid', /^playbook\.steps\[3\]\.title: Invalid input: expected string, received number/);
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

  it('allows those words as values', () => {
    const doc = samplePlaybook();
    doc.steps[0]!.title = '__proto__';
    doc.steps[0]!.roles = ['constructor', 'prototype'];
    expect(load(json(envelope(doc))).ok).toBe(true);
  });
});
