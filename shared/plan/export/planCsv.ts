import type { PlaybookDoc } from '../../domain/playbook';
import { csvField, csvQuoted } from '../../export/escape';
import type { PlanDoc } from '../plan';
import { csvDocument, listCell, textCell } from './csvText';
import { outlinePlan } from './planOutline';

export const PLAN_CSV_COLUMNS = [
  'id',
  'lane',
  'stage',
  'step',
  'status',
  'planned_date',
  'done_date',
  'buyer_owner',
  'seller_owner',
  'stakeholders',
  'evidence',
  'notes',
  'deviations',
  'added_by_rep',
] as const;

/**
 * One row per plan step, in the plan's reading order, for a manager's spreadsheet. Lane and
 * status use the file's own words (buyer, notStarted…) so rows filter and count alike in every
 * language. `deviations` holds one line per deviation: "kind [category] reason"; `evidence` one
 * line per exit criterion with a note. Every text cell is quoted and formula-neutralised; the
 * boolean is left bare.
 */
export function planToCsv(plan: PlanDoc, playbook: PlaybookDoc): string {
  const lines = [PLAN_CSV_COLUMNS.join(',')];
  for (const item of outlinePlan(plan, playbook).steps) {
    const { step } = item;
    const row: Record<(typeof PLAN_CSV_COLUMNS)[number], string> = {
      id: textCell(step.id),
      lane: csvQuoted(step.lane),
      stage: textCell(item.stageName),
      step: textCell(step.title),
      status: csvQuoted(step.status),
      planned_date: textCell(step.plannedDate ?? ''),
      done_date: textCell(step.doneDate ?? ''),
      buyer_owner: textCell(item.buyerOwner),
      seller_owner: textCell(step.sellerOwner),
      stakeholders: listCell(item.stakeholders),
      evidence: listCell(item.criteria.filter((c) => c.note?.trim()).map((c) => `${c.statement}: ${c.note}`)),
      notes: textCell(step.notes),
      deviations: listCell(item.deviations.map((d) => `${d.kind} [${d.category}] ${d.reason}`)),
      added_by_rep: csvField(item.addedByRep),
    };
    lines.push(PLAN_CSV_COLUMNS.map((column) => row[column]).join(','));
  }
  return csvDocument(lines);
}
