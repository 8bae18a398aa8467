import type { NewId } from '../../shared/domain/ids';
import type { TandemFile } from '../../shared/file/format';
import type { PlanDoc } from '../../shared/plan/plan';
import { noteTargetExists, type Note, type NoteContext } from '../../shared/review/notes';
import type { Db } from '../db/database';
import { findNote, insertNote, setNoteResolved, type NoteOwner } from '../db/notesTable';
import { writeOrigin } from '../db/originsTable';
import { readPreference } from '../db/preferencesTable';

/**
 * Adds the notes a file brought to the playbook or plan it was imported into, and says how many
 * were new. A note already here (same id) is kept as it is, except that one resolved on either
 * side stays resolved: importing the same file twice adds nothing and reopens nothing.
 * `ids` rewrites targets when the document arrived as a copy with fresh ids (`newId` then gives
 * its notes fresh ids too, as they belong to the copy). A note whose target is not in the
 * document here (it changed since the file was made) is kept on the whole file, not lost.
 */
export function mergeNotes(
  db: Db,
  owner: NoteOwner,
  context: NoteContext,
  notes: readonly Note[],
  ids: ReadonlyMap<string, string> = new Map(),
  newId: NewId | null = null,
): number {
  const fresh = new Map<string, string>();
  const idOf = (id: string) => {
    if (!newId) return id;
    if (!fresh.has(id)) fresh.set(id, newId());
    return fresh.get(id)!;
  };
  let added = 0;
  // Notes before replies, so each reply's note is in the table before it.
  // Stryker disable next-line MethodExpression,ConditionalExpression: a note listed twice is found saved and skipped, and a reply before its note is saved on the later pass; the order notes were saved in cannot be seen.
  const ordered = [...notes.filter((n) => n.parentId === null), ...notes.filter((n) => n.parentId !== null)];
  for (const incoming of ordered) {
    let target = { kind: incoming.target.kind, id: ids.get(incoming.target.id) ?? incoming.target.id };
    if (!noteTargetExists(target, context)) target = { kind: 'file', id: owner.id };
    const note: Note = { ...incoming, id: idOf(incoming.id), target, parentId: incoming.parentId === null ? null : idOf(incoming.parentId) };
    const here = findNote(db, note.id);
    if (here) {
      if (note.resolved && !here.note.resolved) setNoteResolved(db, note.id, true);
      continue;
    }
    if (note.parentId !== null) {
      // A reply follows its note when that note moved to the whole file.
      const parent = findNote(db, note.parentId);
      if (!parent) continue;
      note.target = parent.note.target;
    }
    insertNote(db, owner, note);
    added++;
  }
  return added;
}

/** Remembers who made a document that came from another installation: it opens for review. */
export function recordOrigin(db: Db, owner: NoteOwner, file: TandemFile): void {
  if (!file.installationId || file.installationId === readPreference(db, 'installationId')) return;
  writeOrigin(db, owner, { installationId: file.installationId, author: file.author ?? '', exportedAt: file.exportedAt });
}

/** Old → new ids of a plan copied by remapPlanIds (same order, fresh ids). */
export function planCopyIds(before: PlanDoc, after: PlanDoc): Map<string, string> {
  const ids = new Map<string, string>([[before.plan.id, after.plan.id]]);
  before.steps.forEach((s, i) => ids.set(s.id, after.steps[i]!.id));
  before.stakeholders.forEach((p, i) => ids.set(p.id, after.stakeholders[i]!.id));
  return ids;
}

export const notesAddedLine = (added: number) => (added === 0 ? null : `${added} review note${added === 1 ? '' : 's'} added.`);
