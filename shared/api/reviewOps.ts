import { z } from 'zod';
import { Id } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { text } from '../domain/text';
import { Note } from '../review/notes';

/** Operations for review notes, who this installation is, and where a reviewed file came from. */
const op = <A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) => ({ arg, result });

/** The playbook or plan notes belong to: notes on a plan file belong to the plan. */
export const NoteOwner = z.strictObject({ kind: z.enum(['playbook', 'plan']), id: Id });
export type NoteOwner = z.infer<typeof NoteOwner>;

export const Preferences = z.strictObject({
  /** Made once per database; every exported file carries it. */
  installationId: Id,
  /** The name written on notes and exported files. */
  authorName: text().max(LIMITS.nameLength),
});
export type Preferences = z.infer<typeof Preferences>;

/** Who made a playbook or plan that came from another installation; null for the user's own. */
export const Origin = z.strictObject({ installationId: Id, author: z.string(), exportedAt: z.string() });
export type Origin = z.infer<typeof Origin>;

/** A note as the page writes it; the service adds the author, the date and `resolved: false`. */
export const NewNote = Note.pick({ id: true, target: true, kind: true, text: true, parentId: true });
export type NewNote = z.infer<typeof NewNote>;

export const reviewOps = {
  getPreferences: op(z.undefined(), Preferences),
  setAuthorName: op(z.strictObject({ name: text().trim().max(LIMITS.nameLength) }), Preferences),
  listNotes: op(z.strictObject({ owner: NoteOwner }), z.array(Note)),
  /** Adds a note or a reply; the same id again returns the note already there (a retried call adds nothing). */
  putNote: op(z.strictObject({ owner: NoteOwner, note: NewNote }), Note),
  resolveNote: op(z.strictObject({ id: Id, resolved: z.boolean() }), Note),
  getOrigin: op(z.strictObject({ owner: NoteOwner }), Origin.nullable()),
  /** Someone else's playbook or plan, copied with fresh ids as the user's own (the reviewed one stays as it was). */
  makeEditableCopy: op(z.strictObject({ owner: NoteOwner }), z.strictObject({ playbookId: Id, planId: Id.nullable() })),
} as const;
