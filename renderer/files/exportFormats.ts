import { EXPORT_FORMATS, exportFileName, exportPlaybook, type ExportFormat } from '../../shared/export/index';
import { serializeTandemFile } from '../../shared/file/serialize';
import { tandemFileName } from '../../shared/file/fileName';
import type { PlaybookDoc } from '../../shared/domain/playbook';
import { offerDownload } from './download';
import { svgToPng } from './svgToPng';
import { exportedBy } from '../review/exportedBy';
import { notesOf } from '../review/reviewStore';
import { version } from '../../package.json';

export type AppExportFormat = 'tandem' | 'png' | ExportFormat;

/** What the Export menu offers, in order: the shareable file first. */
export const APP_EXPORT_FORMATS: ReadonlyArray<{ id: AppExportFormat; label: string }> = [
  { id: 'tandem', label: 'Tandem file (.tandem) — to share' },
  ...EXPORT_FORMATS.flatMap((f): Array<{ id: AppExportFormat; label: string }> =>
    f.id === 'svg' ? [{ id: f.id, label: f.label }, { id: 'png', label: 'PNG image' }] : [{ id: f.id, label: f.label }],
  ),
];


/** Writes one export of the playbook and hands it to the user: what was written, or null when they cancelled. */
export async function exportDoc(doc: PlaybookDoc, format: AppExportFormat): Promise<string | null> {
  if (format === 'tandem') {
    const name = tandemFileName(doc);
    return offerDownload(serializeTandemFile(doc, { now: new Date().toISOString(), appVersion: version, ...(await exportedBy()) }), name, 'application/json');
  }
  if (format === 'png') {
    const name = exportFileName(doc.playbook.name, 'svg').replace(/\.svg$/, '.png');
    return offerDownload(await svgToPng(exportPlaybook(doc, 'svg')), name, 'image/png');
  }
  const info = EXPORT_FORMATS.find((f) => f.id === format)!;
  const name = exportFileName(doc.playbook.name, format);
  return offerDownload(exportPlaybook(doc, format, { now: new Date(), notes: notesOf(doc.playbook.id) }), name, info.mime);
}
