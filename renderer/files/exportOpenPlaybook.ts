import { useEditor } from '../editor/editorStore';
import { showError, useNotices } from '../ui/notices';
import { exportDoc, type AppExportFormat } from './exportFormats';

/** Exports the playbook open in the editor: pending edits are saved first, then the file is written from the database. */
export async function exportOpenPlaybook(format: AppExportFormat): Promise<void> {
  const store = useEditor.getState();
  if (!store.playbookId || store.status !== 'ready') {
    useNotices.getState().show('Open a playbook to export it.');
    return;
  }
  try {
    // A field being typed in (the native menu does not take focus) is saved first.
    (document.activeElement as HTMLElement | null)?.blur?.();
    await store.flushSaves();
    const doc = await window.api.getPlaybook({ id: store.playbookId });
    const written = await exportDoc(doc, format);
    if (written) useNotices.getState().show(`Exported ${written}`);
  } catch (error) {
    showError(error);
  }
}
