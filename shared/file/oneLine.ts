// Control characters, line and paragraph separators and bidi overrides would let a hostile file
// bend an error message into several lines or reorder what the user reads.
const UNPRINTABLE = /[\p{Cc}\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu;

/** Makes any text safe to show as one line of an error message. */
export function oneLine(text: string, maxLength = 300): string {
  const flat = text.replace(UNPRINTABLE, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  // Never end on the first half of a surrogate pair.
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
