import type { ImportResult } from '../../shared/api/contract';
import { MAX_FILE_BYTES } from '../../shared/file/format';
import { showError, useNotices } from '../ui/notices';
import { useImportsRunning } from './importsRunning';

/**
 * Imports .tandem files the user chose or dropped. Each file is checked for size before it is
 * read; each import is all-or-nothing in the database. Returns the last playbook imported.
 */
export async function importFiles(files: Iterable<File>): Promise<ImportResult | undefined> {
  let last: ImportResult | undefined;
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      showError(`${file.name}: the file is larger than 50 MB; Tandem files are far smaller.`);
      continue;
    }
    const importing = useNotices.getState().show(`Importing ${file.name}…`);
    const running = useImportsRunning.getState();
    running.begin();
    try {
      const text = await file.text();
      last = await window.api.importPlaybookFile({ text });
      useNotices.getState().show(last.kind === 'plan' && last.note ? last.note : (last.copied ? `Imported “${last.name}” as a copy: the original is already here.` : (last.note ?? `Imported “${last.name}”.`)));
    } catch (error) {
      showError(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      // "Importing…" must not outlive the import it announces.
      useNotices.getState().dismiss(importing);
      running.end();
    }
  }
  return last;
}
