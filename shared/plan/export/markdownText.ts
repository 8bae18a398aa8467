import { escapeMarkdownBlock, escapeMarkdownInline, plainText } from '../../export/escape';

/**
 * Plan text in Markdown. Bidi controls are dropped first: Markdown has no element to isolate
 * them in, and a renderer would let one reorder the rest of the line.
 */
export const md = (text: string) => escapeMarkdownInline(plainText(text));
export const mdBlock = (text: string, indent = '') => escapeMarkdownBlock(plainText(text), indent);

/** A GitHub-flavoured table; cells are already escaped, which covers "|". */
export function mdTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, numeric: readonly number[] = []): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
  return [line(head), line(rule), ...rows.map(line)];
}
