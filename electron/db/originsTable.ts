import type { Db } from './database';
import type { NoteOwner } from './notesTable';
import { stmt } from './statements';

/** Who made a playbook or plan that arrived in a file from another installation. */
export interface Origin {
  installationId: string;
  author: string;
  exportedAt: string;
}

const column = (owner: NoteOwner) => (owner.kind === 'playbook' ? 'playbook_id' : 'plan_id');

export function readOrigin(db: Db, owner: NoteOwner): Origin | null {
  const row = stmt(db, `SELECT installation_id AS installationId, author, exported_at AS exportedAt FROM origins WHERE ${column(owner)} = ?`).get(owner.id) as
    | Origin
    | undefined;
  return row ?? null;
}

export function writeOrigin(db: Db, owner: NoteOwner, origin: Origin): void {
  stmt(db, `DELETE FROM origins WHERE ${column(owner)} = ?`).run(owner.id);
  stmt(db, `INSERT INTO origins (${column(owner)}, installation_id, author, exported_at) VALUES (?, ?, ?, ?)`).run(owner.id, origin.installationId, origin.author, origin.exportedAt);
}

/** The playbook or plan becomes the user's own (an editable copy, or one they took over). */
export function deleteOrigin(db: Db, owner: NoteOwner): void {
  stmt(db, `DELETE FROM origins WHERE ${column(owner)} = ?`).run(owner.id);
}
