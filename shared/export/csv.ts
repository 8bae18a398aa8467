import { resolveLinks } from '../analysis/resolveLinks';
import type { PlaybookDoc, Step } from '../domain/playbook';
import { csvField, csvQuoted, neutralizeFormula, plainText } from './escape';
import { outlinePlaybook, stepsInReadingOrder } from './outline';

export const CSV_COLUMNS = [
  'id',
  'lane',
  'stage',
  'stage_order',
  'title',
  'description',
  'required',
  'expected_days',
  'roles',
  'techniques',
  'exit_criteria',
  'supports',
  'supported_by',
  'content_links',
  'x',
  'y',
] as const;

/**
 * Free text from the playbook: control characters no text format wants (NUL and the like, which
 * some spreadsheet readers treat as end of file) and bidi controls removed, formula-neutralised,
 * then always quoted.
 */
const textCell = (value: string) => csvQuoted(neutralizeFormula(plainText(value)));
/** Several values in one cell, one per line: titles and statements may contain any separator but a newline. */
const listCell = (values: readonly string[]) => textCell(values.join('\n'));
const titleOf = (step: Step) => step.title;
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * One row per step, in canvas reading order, for spreadsheets. RFC 4180: comma-separated,
 * every text field quoted, CRLF between records. It starts with a UTF-8 byte order mark: without
 * one, Excel opens a double-clicked CSV in the system's legacy code page and shows "Zürich" as
 * "ZÃ¼rich"; LibreOffice, Numbers and Google Sheets skip the mark.
 *
 * Formula injection: a cell that starts with = + - @ (or tab / carriage return) would run as a
 * formula in Excel, LibreOffice or Sheets, and a spreadsheet that guesses ";" or tab as the
 * separator cuts a text field into several cells, so every piece of free text that could start a
 * cell gets a leading single quote (see neutralizeFormula). Numbers and booleans Tandem writes
 * itself (stage_order, expected_days, required, x, y) are left bare. x and y are the step's stored position inside its stage column, as in the file.
 * `supports` lists the titles of the buyer steps a seller step mirrors (any relation);
 * `supported_by` the reverse, for buyer steps.
 */
export function playbookToCsv(doc: PlaybookDoc): string {
  const { mirrors } = resolveLinks(doc);
  const supports = new Map<string, string[]>();
  const supportedBy = new Map<string, string[]>();
  for (const m of mirrors) {
    supports.set(m.seller.id, [...(supports.get(m.seller.id) ?? []), titleOf(m.buyer)]);
    supportedBy.set(m.buyer.id, [...(supportedBy.get(m.buyer.id) ?? []), titleOf(m.seller)]);
  }
  const lines = [`${BYTE_ORDER_MARK}${CSV_COLUMNS.join(',')}`];
  for (const { lane, stage, step } of stepsInReadingOrder(outlinePlaybook(doc))) {
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: textCell(step.id),
      lane: csvQuoted(lane),
      stage: textCell(stage.name),
      stage_order: csvField(stage.order),
      title: textCell(step.title),
      description: textCell(step.description),
      required: csvField(step.required),
      expected_days: csvField(step.expectedDays),
      roles: listCell(step.roles),
      techniques: listCell(step.techniques.map((t) => (t.framework ? `${t.framework}: ${t.name}` : t.name))),
      exit_criteria: listCell(step.exitCriteria.map((c) => `[${c.actor}] ${c.statement}`)),
      supports: listCell(supports.get(step.id) ?? []),
      supported_by: listCell(supportedBy.get(step.id) ?? []),
      content_links: listCell(step.contentLinks.map((l) => (l.label && l.label !== l.url ? `${l.label} <${l.url}>` : l.url))),
      x: csvField(step.x),
      y: csvField(step.y),
    };
    lines.push(CSV_COLUMNS.map((col) => row[col]).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
