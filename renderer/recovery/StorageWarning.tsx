import { useEffect, useState, type ReactNode } from 'react';
import type { StorageNotice } from '../../shared/api/recoveryOps';

/**
 * Says, above every screen, when Tandem's data folder is on a network drive or inside a synced
 * folder: there SQLite cannot keep the database safe, and the user should hear it before losing
 * edits rather than after. It can be hidden for this session; the next start says it again.
 */
export function StorageWarning({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<StorageNotice>(null);
  useEffect(() => {
    window.api.getStorageNotice().then(setNotice, () => setNotice(null));
  }, []);
  if (!notice) return <>{children}</>;
  return (
    <div className="storage-frame">
      <div className="storage-warning" role="alert">
        <span>{notice.message}</span>
        <button type="button" onClick={() => setNotice(null)}>
          Hide until next start
        </button>
      </div>
      <div className="storage-frame-body">{children}</div>
    </div>
  );
}
