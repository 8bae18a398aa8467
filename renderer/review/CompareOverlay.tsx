import { useReactFlow, useStore, useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import type { ChangeKind } from '../../shared/review/diff';
import { laneNodeId } from '../canvas/flowModel';
import { canvasBoxes } from './canvasBoxes';
import { placeMarks, type Box, type Mark } from './compareMarks';
import { useCompare } from './compareStore';
import { linkPoint } from './linkPoint';

/** Where along a changed link its tag sits: clear of the relation label (middle) and a note marker. */
const TAG_ALONG = 0.62;

export const CHANGE_ICON: Record<ChangeKind, string> = { added: '+', changed: '✎', moved: '→', removed: '✕' };
export const CHANGE_WORD: Record<ChangeKind, string> = { added: 'added', changed: 'changed', moved: 'moved', removed: 'removed' };
const TYPE_WORD = { step: 'Step', stage: 'Stage', link: 'Link' } as const;

/**
 * Each kind of change has its own outline or line pattern, so it reads without colour: added
 * double, changed dashed, moved dotted; a changed link is dashed and thicker.
 */
const OUTLINE: Record<ChangeKind, string> = { added: 'double', changed: 'dashed', moved: 'dotted', removed: 'dashed' };
const COLOUR: Record<ChangeKind, string> = { added: '#1d6b3a', changed: '#8a5a00', moved: '#1f3a7a', removed: '#a12a1d' };

/** One rule per marked element, keyed by the data-id React Flow gives nodes and edges: no store subscription per card or link. */
function markStyles(marks: readonly Mark[]): string {
  const rules: string[] = [];
  for (const m of marks) {
    if (m.nodeId) {
      rules.push(`.react-flow__node[data-id="${CSS.escape(m.nodeId)}"]>*{outline:4px ${OUTLINE[m.change]} ${COLOUR[m.change]};outline-offset:3px}`);
    } else if (m.edgeId) {
      rules.push(`.react-flow__edge[data-id="${CSS.escape(m.edgeId)}"] .react-flow__edge-path{stroke-dasharray:12 6;stroke-width:4px;stroke:${COLOUR[m.change]}}`);
    }
  }
  return rules.join('\n');
}

/** The node ids whose boxes place the marks: when one of them moves, the marks follow. */
function involvedNodes(marks: readonly Mark[], ends: (id: string) => [string, string] | undefined): string[] {
  const ids = new Set<string>();
  for (const m of marks) {
    if (m.nodeId) ids.add(m.nodeId);
    if (m.ghost?.kind === 'inStage') ids.add(m.ghost.stageNodeId).add(laneNodeId(m.lane));
    if (m.ghost?.kind === 'pastLane') ids.add(m.ghost.laneNodeId);
    for (const e of m.ends ?? []) if ('nodeId' in e) ids.add(e.nodeId);
    for (const id of (m.edgeId && ends(m.edgeId)) || []) ids.add(id);
  }
  return [...ids];
}

const at = (b: Box) => ({ transform: `translate(${b.x}px, ${b.y}px)`, width: b.width, height: b.height });

/**
 * Draws a compare on the canvas it sits in: an outline on every added, changed or moved card and
 * stage, a pattern on every added or changed link, a tag in words with an icon on stages and
 * links, and ghosts of removed steps (where they were) and removed stages (past their lane's end),
 * with removed links drawn dashed between their ends.
 */
export function CompareOverlay() {
  const marks = useCompare((s) => s.marks);
  const flow = useReactFlow();
  const boxes = useMemo(() => canvasBoxes(flow), [flow]);
  const involved = useMemo(() => involvedNodes(marks, boxes.ends), [marks, boxes]);
  // One string per store update, so only a move of a node a mark depends on places them again.
  const layoutKey = useStore(
    useCallback(
      (s: ReactFlowState) =>
        involved
          .map((id) => {
            const n = s.nodeLookup.get(id);
            // Handles are measured after a card is first drawn, and links follow them.
            return n ? `${n.internals.positionAbsolute.x},${n.internals.positionAbsolute.y},${n.measured.width ?? n.width},${n.measured.height ?? n.height},${n.internals.handleBounds ? 1 : 0}` : '-';
          })
          .join('|'),
      [involved],
    ),
  );
  // layoutKey is not read inside: it is what says the boxes moved.
  const places = useMemo(() => placeMarks(marks, boxes.boxOf, boxes.ends), [marks, boxes, layoutKey]);
  // A drawn link's tag goes on its own curve, read once React Flow has drawn it.
  const flowStore = useStoreApi();
  const [onCurve, setOnCurve] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());
  useLayoutEffect(() => {
    const state = flowStore.getState();
    const next = new Map<string, { x: number; y: number }>();
    for (const m of marks) {
      const p = m.edgeId ? linkPoint(state, m.edgeId, TAG_ALONG) : undefined;
      if (p) next.set(m.key, p);
    }
    setOnCurve(next);
  }, [marks, layoutKey, flowStore]);
  if (marks.length === 0) return null;

  const lines = marks.flatMap((m) => {
    if (m.type !== 'link' || m.change !== 'removed' || !m.ends) return [];
    const [a, b] = m.ends.map((e) => ('nodeId' in e ? boxes.boxOf(e.nodeId) : places.get(e.ghostKey)));
    if (!a || !b) return [];
    return [{ key: m.key, x1: a.x + a.width / 2, y1: a.y + a.height / 2, x2: b.x + b.width / 2, y2: b.y + b.height / 2 }];
  });

  return (
    <>
      <style>{markStyles(marks)}</style>
      <ViewportPortal>
        {lines.length > 0 && (
          <svg className="compare-lines" aria-hidden="true">
            {lines.map((l) => (
              <line key={l.key} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
            ))}
          </svg>
        )}
        {marks.map((m) => {
          const place = places.get(m.key);
          if (!place) return null;
          const words = `${TYPE_WORD[m.type]} ${CHANGE_WORD[m.change]}`;
          if (m.ghost) {
            const label = `${words}: ${m.title || 'Untitled'}`;
            return (
              <div key={m.key} className={`compare-ghost compare-ghost-${m.type} change-${m.change}`} style={at(place)} role="img" aria-label={label} title={label} data-mark={m.key}>
                <span className="change-badge change-removed">
                  {CHANGE_ICON.removed} {words}
                </span>
                <span className="compare-ghost-title">{m.title || 'Untitled'}</span>
              </div>
            );
          }
          // Cards carry their own badge; stages and links get a tag beside them.
          if (m.type === 'step') return null;
          const curve = onCurve.get(m.key);
          const tag =
            m.type === 'stage'
              ? { transform: `translate(${place.x + place.width - 8}px, ${place.y - 12}px) translateX(-100%)` }
              : curve
                ? { transform: `translate(${curve.x}px, ${curve.y}px) translate(8px, -50%)` }
                : { transform: `translate(${place.x}px, ${place.y}px) translate(-50%, 6px)` };
          return (
            <span key={m.key} className={`compare-tag change-badge change-${m.change}`} style={tag} data-mark={m.key}>
              {CHANGE_ICON[m.change]} {words}
            </span>
          );
        })}
      </ViewportPortal>
    </>
  );
}
