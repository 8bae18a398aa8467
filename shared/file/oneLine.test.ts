import { describe, expect, it } from 'vitest';
import { oneLine } from './oneLine';

describe('oneLine', () => {
  it('flattens line breaks, controls and bidi overrides to one space and trims the ends', () => {
    expect(oneLine('line one\r\nline two')).toBe('line one line two');
    expect(oneLine('a\u2028b\u2029c\u0000d\u202Ee\u2066f')).toBe('a b c d e f');
    expect(oneLine('\u202E reversed \u0007\n')).toBe('reversed');
    expect(oneLine('  padded  ')).toBe('padded');
  });

  it('keeps text up to the limit as it is and cuts longer text to the limit with an ellipsis', () => {
    expect(oneLine('x'.repeat(300))).toBe('x'.repeat(300));
    expect(oneLine('x'.repeat(301))).toBe(`${'x'.repeat(299)}…`);
    expect(oneLine('abcdef', 6)).toBe('abcdef');
    expect(oneLine('abcdefg', 6)).toBe('abcde…');
  });

  it('measures the limit after flattening', () => {
    expect(oneLine('  abcdef  ', 6)).toBe('abcdef');
  });

  it('never ends on half of a character', () => {
    // The cut falls between the two halves of the emoji: the whole emoji goes.
    expect(oneLine('ab😀cd', 4)).toBe('ab…');
    // A whole emoji before the cut stays.
    expect(oneLine('😀abcdef', 5)).toBe('😀ab…');
    expect(oneLine('ab😀cd', 5)).toBe('ab😀…');
  });
});
