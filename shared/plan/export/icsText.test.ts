import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsDayAndNext, icsUtcDateTime } from './icsText';
import { unescapeText } from './icsParse.test-helper';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon and comma and turns every line break into \\n', () => {
    expect(escapeIcsText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeIcsText('one\r\ntwo\rthree\nfour\u2028five')).toBe('one\\ntwo\\nthree\\nfour\\nfive');
  });

  it('drops control characters and bidi overrides, keeps a tab as a space', () => {
    expect(escapeIcsText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u202Eg\th')).toBe('abcdefg h');
  });

  it('round-trips through an RFC 5545 reader', () => {
    const text = 'Lee, SE; "the closer" \\ team\nsecond line';
    expect(unescapeText(escapeIcsText(text))).toBe(text);
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets, counting the leading space', () => {
    const folded = foldIcsLine(`SUMMARY:${'y'.repeat(300)}`);
    const lines = folded.split('\r\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'y'.repeat(300)}`);
  });

  it('never cuts a multi-byte character', () => {
    for (const char of ['é', '日', '🚀']) {
      for (let pad = 0; pad < 4; pad++) {
        const line = `SUMMARY:${'a'.repeat(pad)}${char.repeat(60)}`;
        const physical = foldIcsLine(line).split('\r\n');
        for (const p of physical) {
          expect(octets(p)).toBeLessThanOrEqual(75);
          // A cut character would leave a lone surrogate or decode to U+FFFD.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).toBe(p);
          expect(p).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
        expect(physical.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
      }
    }
  });

  it('counts each character at its exact UTF-8 size where the size changes', () => {
    // One octet up to U+007F: 75 fit.
    expect(foldIcsLine('\u007F'.repeat(80))).toBe(`${'\u007F'.repeat(75)}\r\n ${'\u007F'.repeat(5)}`);
    // Two octets from U+0080: 37 fit in 75, then the rest on a line that starts with a space.
    expect(foldIcsLine('\u0080'.repeat(40))).toBe(`${'\u0080'.repeat(37)}\r\n ${'\u0080'.repeat(3)}`);
    expect(foldIcsLine('\u07FF'.repeat(40))).toBe(`${'\u07FF'.repeat(37)}\r\n ${'\u07FF'.repeat(3)}`);
    // Three octets from U+0800: 25 fill the first line exactly, 24 the next (its space counts).
    expect(foldIcsLine('\u0800'.repeat(50))).toBe(`${'\u0800'.repeat(25)}\r\n ${'\u0800'.repeat(24)}\r\n ${'\u0800'}`);
    expect(foldIcsLine('\uFFFD'.repeat(30))).toBe(`${'\uFFFD'.repeat(25)}\r\n ${'\uFFFD'.repeat(5)}`);
    // Four octets from U+10000: 18 fit.
    expect(foldIcsLine('\u{10000}'.repeat(20))).toBe(`${'\u{10000}'.repeat(18)}\r\n ${'\u{10000}'.repeat(2)}`);
  });

  it('leaves an empty line empty', () => {
    expect(foldIcsLine('')).toBe('');
  });

  it('never splits a backslash escape across lines', () => {
    for (let pad = 0; pad < 3; pad++) {
      const physical = foldIcsLine(`DESCRIPTION:${'a'.repeat(pad)}${'\\,'.repeat(50)}`).split('\r\n');
      for (const p of physical) expect(p.replace(/^ /, '')).toMatch(/^(?:[^\\]|\\.)*$/);
    }
  });
});

describe('iCalendar dates', () => {
  it('gives the day and the next, across month and year ends and leap days', () => {
    expect(icsDayAndNext('2025-03-10')).toEqual({ start: '20250310', end: '20250311' });
    expect(icsDayAndNext('2024-02-28')).toEqual({ start: '20240228', end: '20240229' });
    expect(icsDayAndNext('2025-02-28')).toEqual({ start: '20250228', end: '20250301' });
    expect(icsDayAndNext('2025-12-31')).toEqual({ start: '20251231', end: '20260101' });
  });

  it('refuses what names no day', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '2025-00-10', '2025-01-00', '2024-12-32', '20250310', '2025-3-1', '', ' 2025-03-10', '2025-03-10 ', 'x2025-03-10', '2025-03-10x']) {
      expect(icsDayAndNext(bad)).toBeNull();
    }
  });

  it('refuses a year before 100 rather than writing a day of the 1900s', () => {
    expect(icsDayAndNext('0025-01-01')).toBeNull();
    expect(icsDayAndNext('0100-01-01')).toEqual({ start: '01000101', end: '01000102' });
  });

  it('writes UTC date-times without separators or fractions', () => {
    expect(icsUtcDateTime(new Date('2025-03-05T08:30:00.123Z'))).toBe('20250305T083000Z');
  });
});
