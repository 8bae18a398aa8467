import { useState } from 'react';
import type { DataStatus } from '../../shared/api/recoveryOps';

type Damaged = Extract<DataStatus, { state: 'damaged' }>;

/** Says the database is damaged and where it was kept, and offers the newest good backup or a fresh start. */
export function RecoveryScreen({ status, onRecovered }: { status: Damaged; onRecovered: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const backup = status.newestBackup;

  const recover = async (work: () => Promise<null>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onRecovered();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <main className="home recovery">
      <h1>Tandem’s data is damaged</h1>
      <p>
        Tandem could not read its database safely{status.problem ? `: ${status.problem}` : ''}. Nothing was written to it: it is kept, exactly as it was,
        as <code>{status.keptAs}</code> in Tandem’s data folder.
      </p>
      {backup ? (
        <p>
          The newest good backup is from <strong>{new Date(backup.createdAt).toLocaleString()}</strong>: {backup.playbooks} playbooks, {backup.plans} deal plans.
          Work saved after it is not in it.
        </p>
      ) : (
        <p>There is no good backup to restore.</p>
      )}
      <div className="row">
        {backup && (
          <button type="button" className="primary" disabled={busy} onClick={() => void recover(() => window.api.recoverFromBackup({ name: backup.name }))}>
            Restore this backup
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => void recover(() => window.api.startEmpty())}>
          Start empty (the damaged file stays kept)
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
