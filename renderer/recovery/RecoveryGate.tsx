import { useEffect, useState, type ReactNode } from 'react';
import type { DataStatus } from '../../shared/api/recoveryOps';
import { RecoveryScreen } from './RecoveryScreen';
import { StorageWarning } from './StorageWarning';

/**
 * Asks whether the data opened before showing the app: when the database was found damaged, the
 * recovery screen comes first, and nothing else runs until the user has chosen how to recover.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<DataStatus | 'unknown'>('unknown');
  useEffect(() => {
    window.api.getDataStatus().then(setStatus, () => setStatus({ state: 'ok' }));
  }, []);
  if (status === 'unknown') return null;
  // The warning shows on the recovery screen too: a network or synced folder may be why the data was damaged.
  return (
    <StorageWarning>
      {status.state === 'damaged' ? <RecoveryScreen status={status} onRecovered={() => setStatus({ state: 'ok' })} /> : children}
    </StorageWarning>
  );
}
