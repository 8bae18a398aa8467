import { memo } from 'react';
import { selectChangeOf, useCompare } from './compareStore';

const WORD = { added: 'Added', changed: 'Changed', moved: 'Moved', removed: 'Removed' } as const;

/** What a compare found on this element, in a word as well as a colour. */
export const ChangeBadge = memo(function ChangeBadge({ targetId }: { targetId: string }) {
  const change = useCompare(selectChangeOf(targetId));
  if (!change) return null;
  return <span className={`change-badge change-${change}`}>{WORD[change]}</span>;
});
