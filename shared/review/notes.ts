import { z } from 'zod';
import { Id } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { text } from '../domain/text';
import type { PlaybookDoc } from '../domain/playbook';
import type { PlanDoc } from '../plan/plan';

/** What a note is about: one element, the plan, or the whole file (the playbook or plan it holds). */
export const NoteTargetKind = z.enum(['step', 'link', 'stage', 'stakeholder', 'plan', 'file']);
export type NoteTargetKind = z.infer<typeof NoteTargetKind>;

export const NoteTarget = z.strictObject({ kind: NoteTargetKind, id: Id });
export type NoteTarget = z.infer<typeof NoteTarget>;

/** A comment, a question to answer, an approval, or a flag on something that must change. */
export const NoteKind = z.enum(['comment', 'question', 'approve', 'flag']);
export type NoteKind = z.infer<typeof NoteKind>;
export const NOTE_KINDS: readonly NoteKind[] = NoteKind.options;

export const MAX_NOTES = 10_000;

/**
 * A review note. Its id is chosen once, where it is written, and never changes, so the same note
 * coming back in a file is recognised rather than added again. A reply names the note it answers
 * (`parentId`, always a note that is not itself a reply) and shares its target.
 */
export const Note = z.strictObject({
  id: Id,
  target: NoteTarget,
  kind: NoteKind,
  text: text().trim().min(1, 'must not be empty').max(LIMITS.textLength),
  author: text().max(LIMITS.nameLength),
  createdAt: z.iso.datetime(),
  resolved: z.boolean(),
  parentId: Id.nullable(),
});
export type Note = z.infer<typeof Note>;

/** What notes may point at: a playbook, or a plan with its pinned playbook. */
export interface NoteContext {
  playbook: PlaybookDoc;
  plan: PlanDoc | null;
}

/** Whether `target` names something in the document; a plan step may be named by its own id or its playbook step's. */
export function noteTargetExists(target: NoteTarget, { playbook, plan }: NoteContext): boolean {
  const has = (list: ReadonlyArray<{ id: string }>) => list.some((e) => e.id === target.id);
  switch (target.kind) {
    case 'step':
      return has(playbook.steps) || (plan !== null && has(plan.steps));
    case 'link':
      return has(playbook.links);
    case 'stage':
      return has(playbook.stages);
    case 'stakeholder':
      return plan !== null && has(plan.stakeholders);
    case 'plan':
      return plan !== null && plan.plan.id === target.id;
    case 'file':
      return target.id === (plan ? plan.plan.id : playbook.playbook.id);
  }
}

/**
 * Problems the schema cannot see, with paths from `path` ("notes[3].target.id: …"): duplicate
 * ids, targets that are not in the document, replies to nothing, to a reply, or about something
 * else than the note they answer.
 */
export function findNoteProblems(notes: readonly Note[], context: NoteContext, path = 'notes'): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Note>();
  notes.forEach((note, i) => {
    if (byId.has(note.id)) problems.push(`${path}[${i}].id: the id "${note.id}" is used by another note`);
    else byId.set(note.id, note);
  });
  notes.forEach((note, i) => {
    if (!noteTargetExists(note.target, context)) problems.push(`${path}[${i}].target.id: no ${note.target.kind} "${note.target.id}" in this file`);
    if (note.parentId === null) return;
    const parent = byId.get(note.parentId);
    if (!parent || parent.id === note.id) problems.push(`${path}[${i}].parentId: no note "${note.parentId}" to reply to`);
    else if (parent.parentId !== null) problems.push(`${path}[${i}].parentId: "${note.parentId}" is itself a reply; reply to the note it answers`);
    else if (parent.target.kind !== note.target.kind || parent.target.id !== note.target.id) problems.push(`${path}[${i}].target: a reply is about what its note is about`);
  });
  return problems;
}

/**
 * Notes ready to travel in a file: one whose element has since been removed from the document
 * is kept on the whole file (as is its thread), so the file still loads everywhere.
 */
export function notesForExport(notes: readonly Note[], context: NoteContext): Note[] {
  const fileTarget: NoteTarget = { kind: 'file', id: context.plan ? context.plan.plan.id : context.playbook.playbook.id };
  const moved = new Set(notes.filter((n) => n.parentId === null && !noteTargetExists(n.target, context)).map((n) => n.id));
  return notes.map((n) => (moved.has(n.id) || (n.parentId !== null && moved.has(n.parentId)) ? { ...n, target: fileTarget } : n));
}
