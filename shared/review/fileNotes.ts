import type { TandemFile } from '../file/format';
import { findNoteProblems, type Note, type NoteContext } from './notes';

/** What the notes of a file may point at. */
export function noteContextOf(file: TandemFile): NoteContext {
  return file.kind === 'plan' ? { playbook: file.playbook, plan: file.plan } : { playbook: file.playbook, plan: null };
}

/** The notes of a loaded file checked against its body. */
export function findFileNoteProblems(file: TandemFile): string[] {
  return file.notes ? findNoteProblems(file.notes, noteContextOf(file)) : [];
}

/** Total and open (unresolved) notes, as `tandem info` reports them. */
export function countNotes(notes: readonly Note[]): { total: number; open: number } {
  return { total: notes.length, open: notes.filter((n) => !n.resolved).length };
}
