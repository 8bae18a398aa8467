import { useState } from 'react';
import { APP_EXPORT_FORMATS, type AppExportFormat } from '../files/exportFormats';
import { exportOpenPlaybook } from '../files/exportOpenPlaybook';

export function ExportMenu() {
  const [busy, setBusy] = useState(false);
  return (
    <select
      aria-label="Export as"
      value=""
      disabled={busy}
      onChange={(e) => {
        const format = e.target.value as AppExportFormat;
        if (!format) return;
        setBusy(true);
        void exportOpenPlaybook(format).finally(() => setBusy(false));
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
