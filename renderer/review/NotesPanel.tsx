import { useState } from 'react';
import { NOTE_KINDS, type Note, type NoteKind, type NoteTarget } from '../../shared/review/notes';
import { useReview, type NoteStateFilter } from './reviewStore';

export const KIND_WORD: Record<NoteKind, string> = { comment: 'Comment', question: 'Question', approve: 'Approve', flag: 'Flag' };
const KIND_ICON: Record<NoteKind, string> = { comment: '💬', question: '?', approve: '✓', flag: '⚑' };

export interface NotesPanelProps {
  /** Where a new note goes: the selected element first, then the whole file. */
  targets: ReadonlyArray<{ target: NoteTarget; label: string }>;
  /** A note's target in words ("Step 'Run a demo'"). */
  describe: (target: NoteTarget) => string;
  /** Selects and centres a note's element. */
  reveal: (target: NoteTarget) => void;
}

/** Every note of the open playbook or plan, with filters, threads, resolve, and a form for a new one. */
export function NotesPanel({ targets, describe, reveal }: NotesPanelProps) {
  const notes = useReview((s) => s.notes);
  const stateFilter = useReview((s) => s.stateFilter);
  const kindFilter = useReview((s) => s.kindFilter);
  const authorName = useReview((s) => s.authorName);
  const shown = notes.filter(
    (n) => n.parentId === null && (stateFilter === 'all' || (stateFilter === 'open') !== n.resolved) && (kindFilter === 'all' || n.kind === kindFilter),
  );
  const replies = (id: string) => notes.filter((n) => n.parentId === id);

  return (
    <aside className="notes-panel" aria-label="Notes">
      <h2>Notes</h2>
      <label className="notes-author">
        Your name on notes
        <input
          aria-label="Your name on notes"
          key={authorName}
          defaultValue={authorName}
          maxLength={200}
          onBlur={(e) => e.target.value.trim() !== authorName && void useReview.getState().setAuthorName(e.target.value.trim())}
        />
      </label>
      <NewNoteForm targets={targets} />
      <div className="row notes-filters">
        <label>
          Show
          <select aria-label="Show notes" value={stateFilter} onChange={(e) => useReview.getState().setFilters({ stateFilter: e.target.value as NoteStateFilter })}>
            <option value="all">All</option>
            <option value="open">Open</option>
            <option value="resolved">Resolved</option>
          </select>
        </label>
        <label>
          Kind
          <select aria-label="Kind of notes shown" value={kindFilter} onChange={(e) => useReview.getState().setFilters({ kindFilter: e.target.value as NoteKind | 'all' })}>
            <option value="all">Any kind</option>
            {NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_WORD[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="notes-empty">{notes.length === 0 ? 'No notes yet.' : 'No notes match these filters.'}</p>
      ) : (
        <ol className="notes-list">
          {shown.map((note) => (
            <li key={note.id} className={`note note-${note.kind}${note.resolved ? ' is-resolved' : ''}`} data-note-id={note.id}>
              <NoteBody note={note} />
              <button type="button" className="link-button" onClick={() => reveal(note.target)}>
                {describe(note.target)}
              </button>
              {replies(note.id).length > 0 && (
                <ol className="note-replies" aria-label="Replies">
                  {replies(note.id).map((reply) => (
                    <li key={reply.id} className="note-reply">
                      <NoteBody note={reply} />
                    </li>
                  ))}
                </ol>
              )}
              <NoteActions note={note} />
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

function NoteBody({ note }: { note: Note }) {
  return (
    <>
      <p className="note-head">
        <span className="note-kind">
          <span aria-hidden="true">{KIND_ICON[note.kind]}</span> {KIND_WORD[note.kind]}
        </span>
        {note.resolved && <span className="note-resolved"> · resolved</span>}
        <span className="note-meta">
          {' '}
          · {note.author || 'Someone'} · {new Date(note.createdAt).toLocaleDateString()}
        </span>
      </p>
      <p className="note-text">{note.text}</p>
    </>
  );
}

function NoteActions({ note }: { note: Note }) {
  const [reply, setReply] = useState('');
  const send = async () => {
    if (await useReview.getState().addNote(note.target, 'comment', reply, note.id)) setReply('');
  };
  return (
    <div className="note-actions">
      <textarea aria-label="Reply" placeholder="Reply…" rows={1} value={reply} onChange={(e) => setReply(e.target.value)} />
      <div className="row">
        <button type="button" disabled={reply.trim() === ''} onClick={() => void send()}>
          Reply
        </button>
        <button type="button" onClick={() => void useReview.getState().setResolved(note.id, !note.resolved)}>
          {note.resolved ? 'Reopen' : 'Resolve'}
        </button>
      </div>
    </div>
  );
}

function NewNoteForm({ targets }: { targets: NotesPanelProps['targets'] }) {
  const [kind, setKind] = useState<NoteKind>('comment');
  const [text, setText] = useState('');
  const [targetIndex, setTargetIndex] = useState(0);
  const chosen = targets[Math.min(targetIndex, targets.length - 1)];
  const add = async () => {
    if (chosen && (await useReview.getState().addNote(chosen.target, kind, text))) setText('');
  };
  return (
    <fieldset className="new-note">
      <legend>New note</legend>
      <label>
        On
        <select aria-label="Note on" value={Math.min(targetIndex, targets.length - 1)} onChange={(e) => setTargetIndex(Number(e.target.value))}>
          {targets.map((t, i) => (
            <option key={`${t.target.kind}-${t.target.id}`} value={i}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kind
        <select aria-label="Kind of note" value={kind} onChange={(e) => setKind(e.target.value as NoteKind)}>
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_WORD[k]}
            </option>
          ))}
        </select>
      </label>
      <textarea aria-label="Note" placeholder="What should change, or what do you want to know?" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" className="primary" disabled={text.trim() === '' || !chosen} onClick={() => void add()}>
        Add note
      </button>
    </fieldset>
  );
}
