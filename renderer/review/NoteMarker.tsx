import { memo } from 'react';
import { selectOpenNotesOn, useReview } from './reviewStore';

/** A marker on a canvas element with open review notes: a number and a word for screen readers, not a colour alone. */
export const NoteMarker = memo(function NoteMarker({ targetId }: { targetId: string }) {
  const open = useReview(selectOpenNotesOn(targetId));
  if (open === 0) return null;
  const label = `${open} open note${open === 1 ? '' : 's'}`;
  return (
    <span className="note-marker" role="img" aria-label={label} title={label}>
      ✎ {open}
    </span>
  );
});
