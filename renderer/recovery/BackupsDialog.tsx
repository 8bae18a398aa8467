import { useEffect, useState } from 'react';
import type { BackupInfo, RestoreResult } from '../../shared/api/backupOps';
import { useNavigation } from '../app/navigation';
import { useEditor } from '../editor/editorStore';
import { usePlan } from '../plans/planStore';
import { Dialog } from '../ui/Dialog';
import { useBackupsDialog } from './backupsDialog';

const when = (backup: BackupInfo) => new Date(backup.createdAt).toLocaleString();

/** "Restore a backup…": the backups with date and contents; a restore can be undone from here, since the data before it was kept as a backup too. */
export function BackupsDialog() {
  const open = useBackupsDialog((s) => s.open);
  return open ? <BackupsList onClose={() => useBackupsDialog.getState().hide()} /> : null;
}

function BackupsList({ onClose }: { onClose: () => void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [restored, setRestored] = useState<RestoreResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    window.api.listBackups().then(setBackups, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [restored]);

  const restore = async (name: string) => {
    setBusy(true);
    setError(null);
    try {
      // Edits still on their way in go into the copy kept aside, so undoing the restore brings them back.
      await Promise.all([useEditor.getState().flushSaves(), usePlan.getState().flushSaves()]);
      setRestored(await window.api.restoreBackup({ name }));
      // Back to the start screen, every screen loading afresh: what was open may not be in the backup.
      useNavigation.getState().goHome();
      useBackupsDialog.getState().restored();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Restore a backup" onClose={onClose}>
      {restored && (
        <p role="status">
          Restored the backup from {when(restored.restored)}. The data from before it was kept as a backup.{' '}
          <button type="button" disabled={busy} onClick={() => void restore(restored.keptAside.name)}>
            Undo restore
          </button>
        </p>
      )}
      {backups === null ? (
        <p>Loading…</p>
      ) : backups.length === 0 ? (
        <p className="empty">No backups yet. Tandem takes one when you quit and every 15 minutes while you work.</p>
      ) : (
        <ul className="playbook-list">
          {backups.map((backup) => (
            <li key={backup.name} className="playbook-card">
              <span className="playbook-open">
                <span className="playbook-card-name">
                  {when(backup)}
                  {backup.kind === 'before-restore' ? ' (before a restore)' : ''}
                </span>
                <span className="muted">{backup.problem ? `Cannot be restored: ${backup.problem}` : `${backup.playbooks} playbooks, ${backup.plans} deal plans`}</span>
              </span>
              <button type="button" disabled={busy || backup.problem !== null} onClick={() => void restore(backup.name)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
