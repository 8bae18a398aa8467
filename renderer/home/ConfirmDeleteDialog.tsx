import type { PlaybookSummary } from '../../shared/domain/playbook';
import { Dialog } from '../ui/Dialog';
import { showError } from '../ui/notices';

export function ConfirmDeleteDialog({ playbook, onClose, onDone }: { playbook: PlaybookSummary; onClose: () => void; onDone: () => void }) {
  const remove = async () => {
    try {
      await window.api.deletePlaybook({ id: playbook.id });
      onDone();
    } catch (error) {
      // A version that deal plans use is refused in one line; the dialog closes so the line is read.
      showError(error);
      onClose();
    }
  };
  return (
    <Dialog title="Delete playbook?" onClose={onClose}>
      <p>
        Version {playbook.version} of “{playbook.name}” and its {playbook.stepCount} steps will be deleted from this computer. This cannot be undone.
      </p>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete playbook
        </button>
      </div>
    </Dialog>
  );
}
