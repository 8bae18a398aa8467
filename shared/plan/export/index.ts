import type { PlaybookDoc } from '../../domain/playbook';
import { safeFileStem } from '../../file/fileName';
import type { PlanDoc } from '../plan';
import type { ExportTime } from './exportDate';
import { mapToCsv } from './mapCsv';
import { mapToHtml } from './mapHtml';
import { mapToIcs } from './mapIcs';
import { mapToMarkdown } from './mapMarkdown';
import { planToCsv } from './planCsv';
import { planToHtml } from './planHtml';
import { planToMarkdown } from './planMarkdown';
import type { Note } from '../../review/notes';
import { withNotesMarkdown } from '../../review/notesExport';

/**
 * Text formats written from a deal plan here (the .tandem plan file is written elsewhere): the
 * plan review for a manager, and the mutual action plan ("map-") to share with the customer.
 */
export type PlanExportFormat = 'html' | 'md' | 'csv' | 'map-html' | 'map-md' | 'map-csv' | 'map-ics';

export interface PlanExportFormatInfo {
  id: PlanExportFormat;
  label: string;
  /** Without the dot. */
  extension: string;
  mime: string;
}

/** In the order the plan's Export menu offers them: the review for a manager first, then what the customer gets. */
export const PLAN_EXPORT_FORMATS: readonly PlanExportFormatInfo[] = [
  { id: 'html', label: 'Plan review (HTML)', extension: 'html', mime: 'text/html' },
  { id: 'md', label: 'Plan review (Markdown)', extension: 'md', mime: 'text/markdown' },
  { id: 'csv', label: 'Plan steps (CSV)', extension: 'csv', mime: 'text/csv' },
  { id: 'map-html', label: 'Mutual action plan (HTML page)', extension: 'html', mime: 'text/html' },
  { id: 'map-md', label: 'Mutual action plan (Markdown)', extension: 'md', mime: 'text/markdown' },
  { id: 'map-csv', label: 'Mutual action plan (CSV)', extension: 'csv', mime: 'text/csv' },
  { id: 'map-ics', label: 'Mutual action plan (calendar, .ics)', extension: 'ics', mime: 'text/calendar' },
];

/** The format's metadata, or undefined for a string that names none (e.g. from an IPC argument or the command line). */
export function findPlanExportFormat(id: string): PlanExportFormatInfo | undefined {
  return PLAN_EXPORT_FORMATS.find((f) => f.id === id);
}

export interface PlanExportOptions {
  /**
   * When the export is made: the HTML footers print its day and the calendar's DTSTAMP is this
   * instant. Without it every format depends on the plan alone (the calendar is stamped with the
   * plan's last change).
   */
  now?: ExportTime;
  /** Review notes to add to the review document (HTML and Markdown), open ones first. */
  notes?: readonly Note[];
}

export function exportPlan(plan: PlanDoc, playbook: PlaybookDoc, format: PlanExportFormat, options: PlanExportOptions = {}): string {
  switch (format) {
    case 'html':
      // The deal review places its notes itself, after the outcome, where a manager reads them.
      return planToHtml(plan, playbook, options);
    case 'md':
      return withNotesMarkdown(planToMarkdown(plan, playbook), options.notes ?? [], { playbook, plan });
    case 'csv':
      return planToCsv(plan, playbook);
    case 'map-html':
      return mapToHtml(plan, options);
    case 'map-md':
      return mapToMarkdown(plan);
    case 'map-csv':
      return mapToCsv(plan);
    case 'map-ics':
      return mapToIcs(plan, options);
    default: {
      const never: never = format;
      throw new Error(`Unknown plan export format: ${String(never)}`);
    }
  }
}

/**
 * "Acme Corp deal plan.html", "Acme Corp mutual action plan.ics": the account made safe for any
 * file system, then what the file is, so the review and the customer's page never share a name.
 */
export function planExportFileName(plan: PlanDoc, format: PlanExportFormat): string {
  const info = findPlanExportFormat(format)!;
  const what = format.startsWith('map-') ? 'mutual action plan' : 'deal plan';
  return `${safeFileStem(plan.plan.account)} ${what}.${info.extension}`;
}
