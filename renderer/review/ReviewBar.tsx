import { useState, type ReactNode } from 'react';
import type { NoteOwner } from '../../shared/api/reviewOps';
import { openImported } from '../app/navigation';
import { showError, useNotices } from '../ui/notices';
import { exportWithNotes } from './exportWithNotes';
import { useReview } from './reviewStore';

const day = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
};

/**
 * Says whose file this is when it came from someone else (and that it is read-only), and holds
 * what a reviewer does: the notes panel, export with notes, an editable copy of their own.
 */
export function ReviewBar({ owner, flushSaves, children }: { owner: NoteOwner; flushSaves?: () => Promise<void>; children?: ReactNode }) {
  const origin = useReview((s) => (s.owner?.id === owner.id ? s.origin : null));
  const open = useReview((s) => s.notes.filter((n) => n.parentId === null && !n.resolved).length);
  const panelOpen = useReview((s) => s.panelOpen);
  const [busy, setBusy] = useState(false);

  const makeCopy = async () => {
    setBusy(true);
    try {
      const copy = await window.api.makeEditableCopy({ owner });
      useNotices.getState().show('Made an editable copy: it is yours to change.');
      openImported(copy);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`review-bar${origin ? ' is-review' : ''}`} role="toolbar" aria-label="Review">
      {origin && (
        <span role="status" className="review-banner">
          Open for review: {origin.author ? `${origin.author}'s` : "someone else's"} {owner.kind}, exported {day(origin.exportedAt)}. Read-only.
        </span>
      )}
      <button type="button" aria-pressed={panelOpen} onClick={() => useReview.getState().togglePanel()}>
        Notes{open > 0 ? ` (${open} open)` : ''}
      </button>
      {children}
      <button type="button" onClick={() => void exportWithNotes(flushSaves)}>
        Export with notes
      </button>
      {origin && (
        <button type="button" className="primary" disabled={busy} onClick={() => void makeCopy()}>
          Make an editable copy
        </button>
      )}
    </div>
  );
}
