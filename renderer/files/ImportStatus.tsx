import type { ImportProgress } from '../../shared/api/contract';
import { usePolled } from '../ui/usePolled';
import { useImportsRunning } from './importsRunning';

const PHASE_TEXT: Record<ImportProgress['phase'], string> = {
  waiting: 'waiting for the import before it',
  checking: 'checking the file',
  writing: 'saving it',
};
// A small file imports in a blink; the status appears only for one that takes a while.
const SHOW_AFTER_MS = 800;
const POLL_MS = 400;

/** While an import this page started takes a while (a large file takes seconds), says where it is and offers to stop it. */
export function ImportStatus() {
  const running = useImportsRunning((s) => s.count > 0);
  const progress = usePolled(running, () => window.api.importProgress(), POLL_MS);

  if (!running || !progress || progress.elapsedMs < SHOW_AFTER_MS) return null;
  const seconds = Math.round(progress.elapsedMs / 1000);
  return (
    <div className="notice notice-info import-status" role="status">
      <span>
        Importing: {PHASE_TEXT[progress.phase]} ({seconds} s){progress.waiting > 0 ? `, ${progress.waiting} more waiting` : ''}
      </span>
      <button type="button" onClick={() => void window.api.cancelImport()}>
        Cancel import
      </button>
    </div>
  );
}
