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

  it('scans 100,000 opening brackets in a few milliseconds', () => {
    const started = performance.now();
    expect(findExcessNesting('['.repeat(100_000), 64)).toEqual({ depth: 65, offset: 64 });
    expect(performance.now() - started).toBeLessThan(100);
  });
});
