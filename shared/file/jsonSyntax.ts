const CUT_OFF = 'it ends too early (is the file cut off?)';
// Characters a reader cannot see or tell apart from a space: controls, format characters (a byte
// order mark, a zero-width space), and every space but the plain one.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}]/gu;
/** "U+FEFF" for an invisible character, so a message quoting it says which one it is. */
const named = (char: string) => (char === ' ' ? char : `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

/**
 * Turns JSON.parse's SyntaxError into "what (line L, column C)". The engine's message may quote
 * part of the text; that quote is dropped so the message stays short and free of file content.
 * The engine's own position ("in JSON at position 8", or "after JSON at position 8" for text
 * after the end) is dropped too: the line and column replace it.
 */
export function describeJsonSyntaxError(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  // Stryker disable Regex,MethodExpression: each engine words these one fixed way (one space, at the start or end), so a looser pattern or no trim reads the same.
  let what = raw
    .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
    .replace(/,\s*(\.\.\.)?".*"(\.\.\.)?\s*is not valid JSON$/s, '')
    .replace(/^JSON\.parse:\s*/, '')
    .trim();
  if (/^Unexpected end of JSON input$/i.test(what)) what = CUT_OFF;
  // Stryker restore Regex,MethodExpression
  what = what.replace(INVISIBLE, named);
  if (!position) return what || 'unexpected text';
  const offset = Number(position[1]);
  // A file cut off part way fails at its very end, whatever the parser calls it there
  // ("Unterminated string", "Expected ',' or '}'…"); the user needs to hear that it is cut off.
  if (offset >= text.replace(/[ \t\n\r]+$/, '').length) return CUT_OFF;
  const { line, column } = lineAndColumn(text, offset);
  return `${what || 'unexpected text'} (line ${line}, column ${column})`;
}

/** Line and column of `offset`, which is inside `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
