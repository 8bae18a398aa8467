import { create } from 'zustand';
import type { NewNote, NoteOwner, Origin } from '../../shared/api/reviewOps';
import type { Note, NoteKind, NoteTarget } from '../../shared/review/notes';
import { randomId } from '../../shared/domain/ids';
import { showError } from '../ui/notices';

export type NoteStateFilter = 'all' | 'open' | 'resolved';

interface ReviewState {
  /** The playbook or plan whose notes are loaded. */
  owner: NoteOwner | null;
  /** Who made it, when it came from another installation: then it is open for review, read-only. */
  origin: Origin | null;
  notes: Note[];
  authorName: string;
  panelOpen: boolean;
  stateFilter: NoteStateFilter;
  kindFilter: NoteKind | 'all';
  load: (owner: NoteOwner) => Promise<void>;
  addNote: (target: NoteTarget, kind: NoteKind, text: string, parentId?: string | null) => Promise<boolean>;
  setResolved: (id: string, resolved: boolean) => Promise<void>;
  setAuthorName: (name: string) => Promise<void>;
  togglePanel: () => void;
  setFilters: (filters: Partial<Pick<ReviewState, 'stateFilter' | 'kindFilter'>>) => void;
}

/** Review notes of the open playbook or plan, and whether it is someone else's. Its own store: the editor's undo never touches notes. */
export const useReview = create<ReviewState>()((set, get) => ({
  owner: null,
  origin: null,
  notes: [],
  authorName: '',
  panelOpen: false,
  stateFilter: 'all',
  kindFilter: 'all',
  load: async (owner) => {
    set({ owner, origin: null, notes: [] });
    try {
      const [origin, notes, preferences] = await Promise.all([window.api.getOrigin({ owner }), window.api.listNotes({ owner }), window.api.getPreferences()]);
      // A slower answer for a document no longer open is dropped.
      if (get().owner?.id !== owner.id) return;
      set({ origin, notes, authorName: preferences.authorName, panelOpen: get().panelOpen || origin !== null || notes.length > 0 });
    } catch (error) {
      showError(error);
    }
  },
  addNote: async (target, kind, text, parentId = null) => {
    const owner = get().owner;
    if (!owner || text.trim() === '') return false;
    const note: NewNote = { id: randomId(), target, kind, text: text.trim(), parentId };
    try {
      const saved = await window.api.putNote({ owner, note });
      set((s) => ({ notes: threaded([...s.notes, saved]) }));
      return true;
    } catch (error) {
      showError(error);
      return false;
    }
  },
  setResolved: async (id, resolved) => {
    try {
      const saved = await window.api.resolveNote({ id, resolved });
      set((s) => ({ notes: s.notes.map((n) => (n.id === id ? saved : n)) }));
    } catch (error) {
      showError(error);
    }
  },
  setAuthorName: async (name) => {
    try {
      set({ authorName: (await window.api.setAuthorName({ name })).authorName });
    } catch (error) {
      showError(error);
    }
  },
  togglePanel: () => set((s) => ({ panelOpen: !s.panelOpen })),
  setFilters: (filters) => set(filters),
}));

/** Each reply right after the note it answers, as the database lists them. */
function threaded(notes: Note[]): Note[] {
  const replies = new Map<string, Note[]>();
  for (const n of notes) if (n.parentId !== null) replies.set(n.parentId, [...(replies.get(n.parentId) ?? []), n]);
  return notes.filter((n) => n.parentId === null).flatMap((n) => [n, ...(replies.get(n.id) ?? [])]);
}

/** True while the open document is someone else's: the canvas and inspector are read-only. */
export const selectUnderReview = (id: string) => (s: ReviewState) => s.origin !== null && s.owner?.id === id;

/** Open notes (not replies) on one canvas element, for its marker. */
export const selectOpenNotesOn = (targetId: string) => (s: ReviewState) =>
  s.notes.reduce((n, note) => n + (note.parentId === null && !note.resolved && note.target.id === targetId ? 1 : 0), 0);

/** The loaded notes when they are this document's, for the review documents it exports. */
export const notesOf = (ownerId: string): Note[] => {
  const { owner, notes } = useReview.getState();
  return owner?.id === ownerId ? notes : [];
};
