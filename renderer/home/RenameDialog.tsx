import { useId, useState } from 'react';
import type { PlaybookSummary } from '../../shared/domain/playbook';
import { Dialog } from '../ui/Dialog';
import { showError } from '../ui/notices';

export function RenameDialog({ playbook, onClose, onDone }: { playbook: PlaybookSummary; onClose: () => void; onDone: () => void }) {
  const [name, setName] = useState(playbook.name);
  const id = useId();
  const save = async () => {
    try {
      await window.api.renamePlaybook({ id: playbook.id, name });
      onDone();
    } catch (error) {
      showError(error);
    }
  };
  return (
    <Dialog title="Rename playbook" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor={id}>Name</label>
        <input id={id} value={name} maxLength={200} autoFocus onChange={(e) => setName(e.target.value)} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  );
}
