/** A GitHub-flavoured table; cells are already escaped, which covers "|". */
export function mdTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, numeric: readonly number[] = []): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
  return [line(head), line(rule), ...rows.map(line)];
}
