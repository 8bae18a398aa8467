import { plainText } from '../../export/escape';

/**
 * iCalendar TEXT (RFC 5545 §3.3.11). Bidi overrides, XML-illegal characters and every other
 * control character the grammar forbids are dropped (a tab becomes a space); any line break
 * becomes the two characters "\n"; backslash, semicolon and comma are escaped because they
 * separate values and parameters.
 */
export function escapeIcsText(text: string): string {
  return plainText(text)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/(?!\n)\p{Cc}/gu, '')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

const utf8Octets = (char: string) => {
  const cp = char.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** Octets per line before the CRLF (RFC 5545 §3.1); a continuation line's leading space counts. */
const LINE_OCTETS = 75;

/**
 * Folds one content line into lines of at most 75 octets of UTF-8, each continuation starting
 * with a space. Breaks fall between whole characters, so no multi-byte character is cut in
 * two, and never inside a backslash escape: clients that unfold sloppily still read "\n" and
 * "\," as escapes.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  let limit = LINE_OCTETS;
  for (const unit of line.match(/\\.|./gsu) ?? []) {
    const size = [...unit].reduce((n, char) => n + utf8Octets(char), 0);
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
      limit = LINE_OCTETS - 1;
    }
    current += unit;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/** A calendar object: each content line folded, CRLF after every line including the last. */
export const icsDocument = (lines: readonly string[]) => lines.map(foldIcsLine).join('\r\n') + '\r\n';

/** "2025-03-10" → "20250310" and the day after, or null when it names no real day (2025-02-30). */
export function icsDayAndNext(day: string): { start: string; end: string } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const compact = (t: Date) => t.toISOString().slice(0, 10).replace(/-/g, '');
  const start = compact(new Date(Date.UTC(y, m - 1, d)));
  // Date.UTC rolls a day that does not exist over (2025-02-30 is 2 March), and reads years 0–99 as
  // 1900–1999: only a real day comes back as itself.
  if (start !== `${match[1]}${match[2]}${match[3]}`) return null;
  return { start, end: compact(new Date(Date.UTC(y, m - 1, d + 1))) };
}

/** A UTC DATE-TIME, "20250305T083000Z". */
export const icsUtcDateTime = (instant: Date) => instant.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
