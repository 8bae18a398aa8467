import type { PlaybookDoc } from '../../domain/playbook';
import { safeFileStem } from '../../file/fileName';
import type { PlanDoc } from '../plan';
import type { ExportTime } from './exportDate';
import { planToCsv } from './planCsv';
import { planToHtml } from './planHtml';
import { planToMarkdown } from './planMarkdown';

/** Text formats written from a deal plan here; the .tandem plan file is written elsewhere. */
export type PlanExportFormat = 'html' | 'md' | 'csv';

export interface PlanExportFormatInfo {
  id: PlanExportFormat;
  label: string;
  /** Without the dot. */
  extension: string;
  mime: string;
}

/** In the order the plan's Export menu offers them: the review for a manager first. */
export const PLAN_EXPORT_FORMATS: readonly PlanExportFormatInfo[] = [
  { id: 'html', label: 'Plan review (HTML)', extension: 'html', mime: 'text/html' },
  { id: 'md', label: 'Plan review (Markdown)', extension: 'md', mime: 'text/markdown' },
  { id: 'csv', label: 'Plan steps (CSV)', extension: 'csv', mime: 'text/csv' },
];

/** The format's metadata, or undefined for a string that names none (e.g. from an IPC argument or the command line). */
export function findPlanExportFormat(id: string): PlanExportFormatInfo | undefined {
  return PLAN_EXPORT_FORMATS.find((f) => f.id === id);
}

export interface PlanExportOptions {
  /** When the export is made (HTML footer); without it the output depends on the plan alone. */
  now?: ExportTime;
}

export function exportPlan(plan: PlanDoc, playbook: PlaybookDoc, format: PlanExportFormat, options: PlanExportOptions = {}): string {
  switch (format) {
    case 'html':
      return planToHtml(plan, playbook, options);
    case 'md':
      return planToMarkdown(plan, playbook);
    case 'csv':
      return planToCsv(plan, playbook);
    default: {
      const never: never = format;
      throw new Error(`Unknown plan export format: ${String(never)}`);
    }
  }
}

/** "Acme Corp deal plan.html": the account made safe for any file system, then what the file is. */
export function planExportFileName(plan: PlanDoc, format: PlanExportFormat): string {
  const info = findPlanExportFormat(format)!;
  return `${safeFileStem(plan.plan.account)} deal plan.${info.extension}`;
}
