import { useCallback, useEffect, useState } from 'react';
import type { PlaybookSummary } from '../../shared/domain/playbook';
import { useNavigation } from '../app/navigation';
import { importFiles } from '../files/importFiles';
import { showError } from '../ui/notices';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { NewPlaybookDialog } from './NewPlaybookDialog';
import { RenameDialog } from './RenameDialog';

type Pending = { kind: 'new' } | { kind: 'rename'; playbook: PlaybookSummary } | { kind: 'delete'; playbook: PlaybookSummary } | null;

const formatDate = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString();
};

export function PlaybookList() {
  const [playbooks, setPlaybooks] = useState<PlaybookSummary[] | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const open = useNavigation((s) => s.openPlaybook);

  const refresh = useCallback(async () => {
    try {
      setPlaybooks(await window.api.listPlaybooks());
    } catch (error) {
      showError(error);
      setPlaybooks([]);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  const newRequests = useNavigation((s) => s.newPlaybookRequests);
  useEffect(() => {
    if (newRequests > 0) setPending({ kind: 'new' });
  }, [newRequests]);

  const duplicate = async (p: PlaybookSummary) => {
    try {
      await window.api.duplicatePlaybook({ id: p.id });
      await refresh();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <main className="home">
      <header className="home-header">
        <h1>Tandem</h1>
        <p className="tagline">Playbooks where the sales process mirrors how customers buy.</p>
        <button type="button" className="primary" onClick={() => setPending({ kind: 'new' })}>
          New playbook
        </button>
        <label className="button-like">
          Import playbook…
          <input
            type="file"
            accept=".tandem,application/json"
            multiple
            className="visually-hidden"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void importFiles(files).then(async (result) => {
                await refresh();
                if (result) open(result.playbookId);
              });
            }}
          />
        </label>
      </header>
      <section aria-labelledby="playbooks-heading">
        <h2 id="playbooks-heading">Your playbooks</h2>
        {playbooks === null ? (
          <p>Loading…</p>
        ) : playbooks.length === 0 ? (
          <p className="empty">No playbooks yet. Start one from a template with New playbook.</p>
        ) : (
          <ul className="playbook-list">
            {playbooks.map((p) => (
              <li key={p.id} className="playbook-card">
                <button type="button" className="playbook-open" onClick={() => open(p.id)} aria-label={`Open ${p.name}`}>
                  <span className="playbook-card-name">{p.name}</span>
                  <span className="muted">
                    {p.motion ? `${p.motion} · ` : ''}
                    {p.stepCount} steps · {p.status} · edited {formatDate(p.updatedAt)}
                  </span>
                </button>
                <span className="playbook-actions">
                  <button type="button" aria-label={`Rename ${p.name}`} onClick={() => setPending({ kind: 'rename', playbook: p })}>
                    Rename
                  </button>
                  <button type="button" aria-label={`Duplicate ${p.name}`} onClick={() => void duplicate(p)}>
                    Duplicate
                  </button>
                  <button type="button" className="danger" aria-label={`Delete ${p.name}`} onClick={() => setPending({ kind: 'delete', playbook: p })}>
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {pending?.kind === 'new' && <NewPlaybookDialog onClose={() => setPending(null)} onCreated={(id) => open(id)} />}
      {pending?.kind === 'rename' && (
        <RenameDialog
          playbook={pending.playbook}
          onClose={() => setPending(null)}
          onDone={() => {
            setPending(null);
            void refresh();
          }}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDeleteDialog
          playbook={pending.playbook}
          onClose={() => setPending(null)}
          onDone={() => {
            setPending(null);
            void refresh();
          }}
        />
      )}
    </main>
  );
}
