import { csvQuoted, neutralizeFormula, plainText } from '../../export/escape';

/**
 * Free text from a plan as one CSV cell, exactly as the playbook CSV treats its text: controls
 * and bidi overrides removed, every piece that could start a spreadsheet cell kept from running
 * as a formula, always quoted.
 */
export const textCell = (value: string) => csvQuoted(neutralizeFormula(plainText(value)));

/** Several values in one cell, one per line: names and reasons may hold any separator but a newline. */
export const listCell = (values: readonly string[]) => textCell(values.join('\n'));

/**
 * RFC 4180 records: CRLF between them and after the last, after a UTF-8 byte order mark as in the
 * playbook CSV: without one, Excel opens a double-clicked CSV in the system's legacy code page.
 */
export const csvDocument = (lines: readonly string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;
