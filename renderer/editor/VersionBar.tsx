import { useState } from 'react';
import { useNavigation } from '../app/navigation';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { showError, useNotices } from '../ui/notices';
import { useEditor } from './editorStore';

/**
 * The open version's state. A draft can be published, which freezes it for deal plans; a published
 * or retired version is read-only, and changing it starts the next draft version.
 */
export function VersionBar() {
  const meta = useEditor((s) => s.meta);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      (document.activeElement as HTMLElement | null)?.blur?.();
      await useEditor.getState().flushSaves();
      await work();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  const publish = () =>
    run(async () => {
      await window.api.publishPlaybook({ id: meta.id });
      await useEditor.getState().load(meta.id);
      useNotices.getState().show(`Published version ${meta.version}: deal plans can now be made from it.`);
    });
  const startVersion = () =>
    run(async () => {
      const next = await window.api.startPlaybookVersion({ id: meta.id });
      useNavigation.getState().openPlaybook(next.id);
    });

  if (meta.status === 'draft') {
    return (
      <div className="version-bar" role="toolbar" aria-label="Version">
        <span>
          Version {meta.version} · draft
        </span>
        <button type="button" className="primary" disabled={busy} onClick={() => setConfirming(true)}>
          Publish
        </button>
        {confirming && (
          <ConfirmDialog
            title={`Publish version ${meta.version}?`}
            confirmLabel={`Publish version ${meta.version}`}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              void publish();
            }}
          >
            <p>Reps can then plan deals from it, and it can no longer be changed: later changes go into a new version.</p>
          </ConfirmDialog>
        )}
      </div>
    );
  }
  return (
    <div className="version-bar is-read-only" role="toolbar" aria-label="Version">
      <span role="status">
        Version {meta.version} · {meta.status} — read-only
      </span>
      <button type="button" disabled={busy} onClick={() => void startVersion()}>
        Start new version
      </button>
    </div>
  );
}
