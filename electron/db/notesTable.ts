import type { Note } from '../../shared/review/notes';
import type { Db } from './database';
import { bool, stmt } from './statements';

/** The playbook or plan a note belongs to: notes on a plan file belong to the plan. */
export type NoteOwner = { kind: 'playbook' | 'plan'; id: string };

interface NoteRow {
  id: string;
  targetKind: Note['target']['kind'];
  targetId: string;
  kind: Note['kind'];
  text: string;
  author: string;
  createdAt: string;
  resolved: number;
  parentId: string | null;
}

const COLUMNS = `id, target_kind AS targetKind, target_id AS targetId, kind, text, author, created_at AS createdAt, resolved, parent_id AS parentId`;

const fromRow = (r: NoteRow): Note => ({
  id: r.id,
  target: { kind: r.targetKind, id: r.targetId },
  kind: r.kind,
  text: r.text,
  author: r.author,
  createdAt: r.createdAt,
  resolved: r.resolved === 1,
  parentId: r.parentId,
});

const ownerColumn = (owner: NoteOwner) => (owner.kind === 'playbook' ? 'playbook_id' : 'plan_id');

/** Notes of one playbook or plan, oldest first, each reply after the note it answers. */
export function readNotes(db: Db, owner: NoteOwner): Note[] {
  const rows = stmt(db, `SELECT ${COLUMNS} FROM notes WHERE ${ownerColumn(owner)} = ? ORDER BY created_at, id`).all(owner.id) as NoteRow[];
  const notes = rows.map(fromRow);
  const replies = new Map<string, Note[]>();
  for (const n of notes) if (n.parentId !== null) replies.set(n.parentId, [...(replies.get(n.parentId) ?? []), n]);
  return notes.filter((n) => n.parentId === null).flatMap((n) => [n, ...(replies.get(n.id) ?? [])]);
}

export function findNote(db: Db, id: string): { note: Note; owner: NoteOwner } | undefined {
  const row = stmt(db, `SELECT ${COLUMNS}, playbook_id AS playbookId, plan_id AS planId FROM notes WHERE id = ?`).get(id) as
    | (NoteRow & { playbookId: string | null; planId: string | null })
    | undefined;
  if (!row) return undefined;
  return { note: fromRow(row), owner: row.planId !== null ? { kind: 'plan', id: row.planId } : { kind: 'playbook', id: row.playbookId! } };
}

export function insertNote(db: Db, owner: NoteOwner, note: Note): void {
  stmt(
    db,
    `INSERT INTO notes (id, playbook_id, plan_id, target_kind, target_id, kind, text, author, created_at, resolved, parent_id)
     VALUES (@id, @playbookId, @planId, @targetKind, @targetId, @kind, @text, @author, @createdAt, @resolved, @parentId)`,
  ).run({
    ...note,
    playbookId: owner.kind === 'playbook' ? owner.id : null,
    planId: owner.kind === 'plan' ? owner.id : null,
    targetKind: note.target.kind,
    targetId: note.target.id,
    resolved: bool(note.resolved),
  });
}

export function setNoteResolved(db: Db, id: string, resolved: boolean): void {
  stmt(db, 'UPDATE notes SET resolved = ? WHERE id = ?').run(bool(resolved), id);
}
