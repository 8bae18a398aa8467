import { useStore, useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { linkPoint } from './linkPoint';
import { useReview } from './reviewStore';
import { useEditor } from '../editor/editorStore';

const LINK_WORD = { mirror: 'mirror link', sequence: 'sequence edge' } as const;

/** The link in words, read when the markers are drawn rather than subscribed to. */
function describe(id: string): string {
  const { links, steps } = useEditor.getState();
  const link = links[id];
  if (!link) return 'a link';
  const title = (stepId: string) => steps[stepId]?.title || 'Untitled step';
  return `${LINK_WORD[link.kind]} '${title(link.sourceId)}' → '${title(link.targetId)}'`;
}

/** Where a link's ends are, as one string: it changes only when a noted link's card moves or is measured. */
function endsKey(s: ReactFlowState, ids: readonly string[]): string {
  return ids
    .map((id) => {
      const edge = s.edgeLookup.get(id);
      const a = edge && s.nodeLookup.get(edge.source);
      const b = edge && s.nodeLookup.get(edge.target);
      // Handles are measured after a card is first drawn, and the link's path follows them.
      const at = (n: NonNullable<typeof a>) => `${n.internals.positionAbsolute.x},${n.internals.positionAbsolute.y},${n.measured.width},${n.measured.height},${n.internals.handleBounds ? 1 : 0}`;
      return a && b ? `${edge.sourceHandle}>${edge.targetHandle}:${at(a)};${at(b)}` : '-';
    })
    .join('|');
}

/**
 * Open-note markers on links (mirror links and sequence edges), as cards carry them: a number
 * and words for screen readers, on the link's own curve. One component for all links, drawn over
 * the canvas, so no link subscribes to the notes and a link without notes costs nothing.
 */
export function LinkNoteMarkers() {
  const notes = useReview((s) => s.notes);
  const counts = useMemo(() => {
    const open = new Map<string, number>();
    for (const n of notes) if (n.target.kind === 'link' && n.parentId === null && !n.resolved) open.set(n.target.id, (open.get(n.target.id) ?? 0) + 1);
    return open;
  }, [notes]);
  const ids = useMemo(() => [...counts.keys()], [counts]);
  const key = useStore(useCallback((s: ReactFlowState) => (ids.length ? endsKey(s, ids) : ''), [ids]));
  const flowStore = useStoreApi();
  const [points, setPoints] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());
  // After React Flow has drawn the links of this render, read where their curves run.
  useLayoutEffect(() => {
    const state = flowStore.getState();
    const next = new Map<string, { x: number; y: number }>();
    for (const id of ids) {
      const p = linkPoint(state, id);
      if (p) next.set(id, p);
    }
    setPoints(next);
  }, [ids, key, flowStore]);

  if (counts.size === 0) return null;
  return (
    <ViewportPortal>
      {[...counts].map(([id, open]) => {
        const p = points.get(id);
        if (!p) return null;
        const label = `${open} open note${open === 1 ? '' : 's'} on ${describe(id)}`;
        return (
          <span key={id} className="note-marker link-note-marker" role="img" aria-label={label} title={label} data-link-id={id} style={{ transform: `translate(${p.x}px, ${p.y}px) translate(6px, -50%)` }}>
            ✎ {open}
          </span>
        );
      })}
    </ViewportPortal>
  );
}
