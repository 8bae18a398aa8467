import { useStore } from 'zustand';
import { useNavigation } from '../app/navigation';
import { CommitInput } from '../ui/CommitInput';
import { useEditor } from './editorStore';
import { ExportMenu } from './ExportMenu';
import { selectUnderReview, useReview } from '../review/reviewStore';
import { ViewTools } from '../zoom/ViewTools';
import { TidyButton } from '../layout/TidyButton';

export function Toolbar() {
  const name = useEditor((s) => s.meta.name);
  const canUndo = useStore(useEditor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (s) => s.futureStates.length > 0);
  const store = useEditor.getState;
  const playbookId = useEditor((s) => s.playbookId);
  const underReview = useReview(selectUnderReview(playbookId ?? ''));
  const readOnly = useEditor((s) => s.meta.status !== 'draft') || underReview;

  return (
    <header className="toolbar" role="toolbar" aria-label="Playbook tools">
      <button type="button" onClick={() => useNavigation.getState().goHome()} aria-label="Back to playbooks">
        ← Playbooks
      </button>
      <CommitInput
        className="playbook-name"
        aria-label="Playbook name"
        value={name}
        maxLength={200}
        refuse={(v) => (v.trim() ? null : `A playbook needs a name: it stays “${name}”.`)}
        onCommit={(v) => store().renamePlaybook(v)}
      />
      <span className="toolbar-group">
        <button type="button" disabled={readOnly} onClick={() => store().addStep('buyer')}>
          Add buyer step
        </button>
        <button type="button" disabled={readOnly} onClick={() => store().addStep('seller')}>
          Add seller step
        </button>
      </span>
      <span className="toolbar-group">
        <button type="button" disabled={readOnly} onClick={() => store().addStage('buyer')}>
          Add buyer stage
        </button>
        <button type="button" disabled={readOnly} onClick={() => store().addStage('seller')}>
          Add seller stage
        </button>
      </span>
      <span className="toolbar-group">
        <button type="button" onClick={() => store().undo()} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={() => store().redo()} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
      </span>
      <span className="toolbar-group">
        <TidyButton disabled={readOnly} />
      </span>
      <ViewTools />
      <ExportMenu />
      <SaveState />
    </header>
  );
}

/**
 * On its own, and told only whether anything is waiting: every edit changes the count of pending
 * saves twice, and the whole toolbar (the name field, the menus) need not be drawn again for it.
 */
function SaveState() {
  const saving = useEditor((s) => s.pendingSaves > 0);
  return (
    <span className="save-state" role="status" aria-live="polite">
      {saving ? 'Saving…' : 'All changes saved'}
    </span>
  );
}
