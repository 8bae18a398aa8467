import { useState } from 'react';
import type { PlaybookSummary } from '../../shared/domain/playbook';
import { useNavigation } from '../app/navigation';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { showError } from '../ui/notices';
import type { VersionChain } from './versionChains';

const formatDate = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString();
};

const STATUS_TEXT: Record<PlaybookSummary['status'], string> = { draft: 'draft', published: 'published', retired: 'retired' };

interface Props {
  chain: VersionChain;
  onRename: (p: PlaybookSummary) => void;
  onDelete: (p: PlaybookSummary) => void;
  onChanged: () => void;
}

/** One playbook and its versions, each with its status and date; a published one can be retired. */
export function PlaybookVersions({ chain, onRename, onDelete, onChanged }: Props) {
  const open = useNavigation((s) => s.openPlaybook);
  const [retiring, setRetiring] = useState<PlaybookSummary | null>(null);
  const many = chain.versions.length > 1;
  // With one version the buttons name the playbook alone; with several, which version too.
  const named = (p: PlaybookSummary) => (many ? `${p.name} version ${p.version}` : p.name);
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      showError(error);
    }
    onChanged();
  };
  return (
    <li className="playbook-card playbook-chain">
      <ul className="version-list" aria-label={`Versions of ${chain.latest.name}`}>
        {chain.versions.map((p) => (
          <li key={p.id} className={`version-row status-${p.status}`}>
            <button type="button" className="playbook-open" onClick={() => open(p.id)} aria-label={`Open ${named(p)}`}>
              <span className="playbook-card-name">
                {p.name} <span className={`version-badge version-${p.status}`}>v{p.version} · {STATUS_TEXT[p.status]}</span>
              </span>
              <span className="muted">
                {p.motion ? `${p.motion} · ` : ''}
                {p.stepCount} steps · {p.status === 'draft' ? 'edited' : p.status} {formatDate(p.updatedAt)}
                {p.planCount > 0 ? ` · ${p.planCount} deal plan${p.planCount === 1 ? '' : 's'}` : ''}
              </span>
            </button>
            <span className="playbook-actions">
              <button type="button" aria-label={`Rename ${named(p)}`} onClick={() => onRename(p)}>
                Rename
              </button>
              <button type="button" aria-label={`Duplicate ${named(p)}`} onClick={() => void run(() => window.api.duplicatePlaybook({ id: p.id }))}>
                Duplicate
              </button>
              {p.status === 'published' && (
                <button type="button" aria-label={`Retire ${named(p)}`} onClick={() => setRetiring(p)}>
                  Retire
                </button>
              )}
              <button type="button" className="danger" aria-label={`Delete ${named(p)}`} onClick={() => onDelete(p)}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
      {retiring && (
        <ConfirmDialog
          title={`Retire ${named(retiring)}?`}
          confirmLabel={`Retire version ${retiring.version}`}
          onCancel={() => setRetiring(null)}
          onConfirm={() => {
            const version = retiring;
            setRetiring(null);
            void run(() => window.api.retirePlaybook({ id: version.id }));
          }}
        >
          <p>New deal plans can no longer start from it. Plans already pinned to it keep it, unchanged.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
