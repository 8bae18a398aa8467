/**
 * A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on anything
 * else. One leading byte order mark is skipped, as spreadsheets skip it.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const fail = (why: string) => {
    throw new Error(`CSV: ${why} at ${i}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote in unquoted field');
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) fail('bare line break or junk after field');
  }
  if (row.length) fail('last record not ended by CRLF');
  return rows;
}

/** Rows as objects keyed by the header, each row checked to have the header's width. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => {
    if (r.length !== header!.length) throw new Error(`CSV: a row has ${r.length} fields, the header ${header!.length}`);
    return Object.fromEntries(header!.map((h, i) => [h, r[i]!]));
  });
}

/**
 * True when no piece of the cell a spreadsheet could read as its own cell (split at any
 * separator it might guess, or a line break, quotes and spaces trimmed) starts a formula.
 */
export function isFormulaSafe(cell: string): boolean {
  return cell.split(/[,;\t\r\n]/).every((piece) => !/^[ "]*[=+\-@]/.test(piece));
}
