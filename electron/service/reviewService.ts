import type { ApiHandlers } from '../../shared/api/contract';
import type { reviewOps } from '../../shared/api/reviewOps';
import { TandemError } from '../../shared/api/errors';
import { noteTargetExists, type Note, type NoteContext } from '../../shared/review/notes';
import type { Db } from '../db/database';
import { findNote, insertNote, readNotes, setNoteResolved, type NoteOwner } from '../db/notesTable';
import { readOrigin } from '../db/originsTable';
import { readPlanDoc } from '../db/planDocument';
import { insertPlaybookDoc, readPlaybookDoc } from '../db/playbookDocument';
import { writePlanDoc } from '../db/planDocument';
import { remapIds } from '../../shared/file/remapIds';
import { remapPlanIds } from '../../shared/plan/remapPlanIds';
import { LIMITS } from '../../shared/domain/limits';
import type { NewId } from '../../shared/domain/ids';
import { readPreference, writePreference } from '../db/preferencesTable';

type ReviewHandlers = Pick<ApiHandlers, keyof typeof reviewOps>;

/** Someone else's playbook or plan is reviewed, never changed: edits go to an editable copy. */
export function refuseUnderReview(db: Db, owner: NoteOwner): void {
  const origin = readOrigin(db, owner);
  if (!origin) return;
  const whose = origin.author ? `${origin.author}'s` : `someone else's`;
  throw new TandemError('conflict', `This ${owner.kind} is ${whose}, open for review: make an editable copy to change it.`);
}

export function readPreferences(db: Db) {
  return { installationId: readPreference(db, 'installationId')!, authorName: readPreference(db, 'authorName') ?? '' };
}

/** What notes on this playbook or plan may point at, or a not-found error. */
export function noteContextFor(db: Db, owner: NoteOwner): NoteContext {
  if (owner.kind === 'playbook') {
    const playbook = readPlaybookDoc(db, owner.id);
    if (!playbook) throw new TandemError('not-found', `No playbook with id "${owner.id}".`);
    return { playbook, plan: null };
  }
  const plan = readPlanDoc(db, owner.id);
  const playbook = plan && readPlaybookDoc(db, plan.plan.playbookId);
  if (!plan || !playbook) throw new TandemError('not-found', `No deal plan with id "${owner.id}".`);
  return { playbook, plan };
}

/**
 * Review notes over the same database. Notes may be written on any playbook or plan, published
 * or someone else's: reviewing changes nothing of what is reviewed.
 */
export function createReviewHandlers(db: Db, options: { newId: NewId; now: () => string }): ReviewHandlers {
  const tx = <T>(work: () => T): T => db.transaction(work)();
  const requireNote = (id: string) => {
    const found = findNote(db, id);
    if (!found) throw new TandemError('not-found', `No note with id "${id}".`);
    return found;
  };

  return {
    getPreferences: () => readPreferences(db),
    setAuthorName: ({ name }) => {
      writePreference(db, 'authorName', name);
      return readPreferences(db);
    },
    listNotes: ({ owner }) => {
      noteContextFor(db, owner);
      return readNotes(db, owner);
    },
    putNote: ({ owner, note }) =>
      tx((): Note => {
        const context = noteContextFor(db, owner);
        const existing = findNote(db, note.id);
        if (existing) {
          if (existing.owner.kind !== owner.kind || existing.owner.id !== owner.id) throw new TandemError('conflict', `Note "${note.id}" belongs to another playbook or plan.`);
          return existing.note;
        }
        if (!noteTargetExists(note.target, context)) throw new TandemError('invalid-argument', `No ${note.target.kind} "${note.target.id}" here to write a note on.`);
        if (note.parentId !== null) {
          const parent = findNote(db, note.parentId)?.note;
          if (!parent || parent.parentId !== null) throw new TandemError('invalid-argument', 'A reply answers a note that is not itself a reply.');
          if (parent.target.kind !== note.target.kind || parent.target.id !== note.target.id) throw new TandemError('invalid-argument', 'A reply is about what its note is about.');
        }
        const saved: Note = { ...note, author: readPreferences(db).authorName, createdAt: options.now(), resolved: false };
        insertNote(db, owner, saved);
        return saved;
      }),
    resolveNote: ({ id, resolved }) =>
      tx(() => {
        requireNote(id);
        setNoteResolved(db, id, resolved);
        return requireNote(id).note;
      }),
    makeEditableCopy: ({ owner }) =>
      tx(() => {
        const context = noteContextFor(db, owner);
        const stamp = options.now();
        if (owner.kind === 'plan') {
          // The copy stays pinned to the same published version; only the plan is the user's.
          const copy = remapPlanIds(context.plan!, options.newId);
          writePlanDoc(db, { ...copy, plan: { ...copy.plan, createdAt: stamp, updatedAt: stamp } });
          return { playbookId: copy.plan.playbookId, planId: copy.plan.id };
        }
        const copy = remapIds(context.playbook, options.newId);
        const name = `${context.playbook.playbook.name} (copy)`.slice(0, LIMITS.nameLength);
        // A draft of its own, version 1: the user's playbook now, not a version of the sender's.
        copy.playbook = { ...copy.playbook, name, status: 'draft', version: 1, parentId: null, createdAt: stamp, updatedAt: stamp };
        insertPlaybookDoc(db, copy);
        return { playbookId: copy.playbook.id, planId: null };
      }),
    getOrigin: ({ owner }) => {
      noteContextFor(db, owner);
      return readOrigin(db, owner);
    },
  };
}
