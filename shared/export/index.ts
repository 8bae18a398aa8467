import type { PlaybookDoc } from '../domain/playbook';
import { safeFileStem } from '../file/fileName';
import { playbookToBpmn } from './bpmn';
import { playbookToCsv } from './csv';
import { playbookToHtml } from './html';
import { playbookToJsonCanvas } from './jsonCanvas';
import { playbookToMarkdown } from './markdown';
import { playbookToMermaid } from './mermaid';
import { playbookToSvg } from './svg';
import type { Note } from '../review/notes';
import { withNotesHtml, withNotesMarkdown } from '../review/notesExport';

/** Text formats written from a playbook here; the .tandem file and PNG are produced elsewhere. */
export type ExportFormat = 'html' | 'md' | 'csv' | 'svg' | 'canvas' | 'bpmn' | 'mermaid';

export interface ExportFormatInfo {
  id: ExportFormat;
  label: string;
  /** Without the dot. */
  extension: string;
  mime: string;
}

/** In the order the Export menu offers them. */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { id: 'html', label: 'HTML review document', extension: 'html', mime: 'text/html' },
  { id: 'md', label: 'Markdown outline', extension: 'md', mime: 'text/markdown' },
  { id: 'csv', label: 'CSV (one row per step)', extension: 'csv', mime: 'text/csv' },
  { id: 'svg', label: 'SVG image', extension: 'svg', mime: 'image/svg+xml' },
  // JSON Canvas and Mermaid have no registered media type; these are what their tools accept.
  { id: 'canvas', label: 'JSON Canvas', extension: 'canvas', mime: 'application/json' },
  { id: 'bpmn', label: 'BPMN 2.0', extension: 'bpmn', mime: 'application/xml' },
  { id: 'mermaid', label: 'Mermaid flowchart', extension: 'mmd', mime: 'text/plain' },
];

/** The format's metadata, or undefined for a string that names none (e.g. from an IPC argument). */
export function findExportFormat(id: string): ExportFormatInfo | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

export interface ExportOptions {
  /** The day assumptions are judged stale against (HTML, Markdown); without it they are not judged. */
  now?: Date | string;
  /** Review notes to add to the HTML and Markdown documents (a section of their own). */
  notes?: readonly Note[];
}

export function exportPlaybook(doc: PlaybookDoc, format: ExportFormat, options: ExportOptions = {}): string {
  switch (format) {
    case 'html':
      return withNotesHtml(playbookToHtml(doc, options), options.notes ?? [], { playbook: doc, plan: null });
    case 'md':
      return withNotesMarkdown(playbookToMarkdown(doc, options), options.notes ?? [], { playbook: doc, plan: null });
    case 'csv':
      return playbookToCsv(doc);
    case 'svg':
      return playbookToSvg(doc);
    case 'canvas':
      return playbookToJsonCanvas(doc);
    case 'bpmn':
      return playbookToBpmn(doc);
    case 'mermaid':
      return playbookToMermaid(doc);
    default: {
      const never: never = format;
      throw new Error(`Unknown export format: ${String(never)}`);
    }
  }
}

/** A file name for the export: the playbook's name made safe for any file system, then the format's extension. */
export function exportFileName(playbookName: string, format: ExportFormat): string {
  return `${safeFileStem(playbookName)}.${findExportFormat(format)!.extension}`;
}
