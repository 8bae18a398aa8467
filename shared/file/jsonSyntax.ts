/**
 * Turns JSON.parse's SyntaxError into "what (line L, column C)". The engine's message may quote
 * part of the text; that quote is dropped so the message stays short and free of file content.
 * The engine's own position ("in JSON at position 8", or "after JSON at position 8" for text
 * after the end) is dropped too: the line and column replace it.
 */
export function describeJsonSyntaxError(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  let what = raw
    .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
    .replace(/,\s*(\.\.\.)?".*"(\.\.\.)?\s*is not valid JSON$/s, '')
    .replace(/^JSON\.parse:\s*/, '')
    .trim();
  if (/^Unexpected end of JSON input$/i.test(what)) what = 'it ends too early (is the file cut off?)';
  if (!position) return what || 'unexpected text';
  const { line, column } = lineAndColumn(text, Number(position[1]));
  return `${what || 'unexpected text'} (line ${line}, column ${column})`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
