import { csvQuoted } from '../../export/escape';
import { mutualActionPlan } from '../mutualActionPlan';
import type { PlanDoc } from '../plan';
import { csvDocument, textCell } from './csvText';

export const MAP_CSV_COLUMNS = ['date', 'what', 'customer_owner', 'our_owner', 'status', 'lane', 'step_id'] as const;

/**
 * The mutual action plan, one row per dated step in date order, for a shared spreadsheet.
 * Status and lane use the file's own words; every text cell is quoted and formula-neutralised.
 */
export function mapToCsv(plan: PlanDoc): string {
  const lines = [MAP_CSV_COLUMNS.join(',')];
  for (const r of mutualActionPlan(plan)) {
    const row: Record<(typeof MAP_CSV_COLUMNS)[number], string> = {
      date: textCell(r.date),
      what: textCell(r.title),
      customer_owner: textCell(r.buyerOwner),
      our_owner: textCell(r.sellerOwner),
      status: csvQuoted(r.status),
      lane: csvQuoted(r.lane),
      step_id: textCell(r.stepId),
    };
    lines.push(MAP_CSV_COLUMNS.map((column) => row[column]).join(','));
  }
  return csvDocument(lines);
}
