import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findExcessNesting } from './nesting';

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

describe('findExcessNesting', () => {
  it('agrees with the real depth of any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (value, max) => {
        const found = findExcessNesting(JSON.stringify(value), max);
        expect(found === null).toBe(depthOf(value) <= max);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores brackets in strings, including after escaped quotes and backslashes', () => {
    expect(findExcessNesting('["[[[", "\\"[[", "\\\\", "{{"]', 1)).toBeNull();
    expect(findExcessNesting('["\\\\", [[]]]', 2)).toEqual({ depth: 3, offset: 8 });
  });

  /** The text, with a count of the characters the scan reads. */
  function counted(text: string) {
    const reads = { count: 0 };
    const view = { length: text.length, charCodeAt: (i: number) => (reads.count++, text.charCodeAt(i)) };
    return { text: view as unknown as string, reads };
  }

  it('stops at the first bracket too deep, without reading the rest', () => {
    const { text, reads } = counted('['.repeat(100_000));
    expect(findExcessNesting(text, 64)).toEqual({ depth: 65, offset: 64 });
    expect(reads.count).toBe(65);
  });

  it('reads each character at most once, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', ',') }), fc.integer({ min: 0, max: 8 }), (raw, max) => {
        const { text, reads } = counted(raw);
        findExcessNesting(text, max);
        expect(reads.count).toBeLessThanOrEqual(raw.length);
      }),
      { numRuns: 500 },
    );
  });
});
