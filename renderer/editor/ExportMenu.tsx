import { useState } from 'react';
import { APP_EXPORT_FORMATS, exportDoc, type AppExportFormat } from '../files/exportFormats';
import { showError, useNotices } from '../ui/notices';
import { useEditor } from './editorStore';

/** Export the open playbook: saved edits first, then the file is written from what the database holds. */
export function ExportMenu() {
  const [busy, setBusy] = useState(false);
  const run = async (format: AppExportFormat) => {
    setBusy(true);
    try {
      const store = useEditor.getState();
      await store.flushSaves();
      const doc = await window.api.getPlaybook({ id: store.playbookId! });
      const name = await exportDoc(doc, format);
      useNotices.getState().show(`Exported ${name}`);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <select
      aria-label="Export as"
      value=""
      disabled={busy}
      onChange={(e) => {
        if (e.target.value) void run(e.target.value as AppExportFormat);
      }}
    >
      <option value="">{busy ? 'Exporting…' : 'Export…'}</option>
      {APP_EXPORT_FORMATS.map((f) => (
        <option key={f.id} value={f.id}>
          {f.label}
        </option>
      ))}
    </select>
  );
}
