import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Comparison } from '../../shared/review/diff';
import { canvasBoxes } from './canvasBoxes';
import { markKey, placeMarks, type Mark } from './compareMarks';
import { CHANGE_ICON } from './CompareOverlay';
import { linkPoint } from './linkPoint';

/**
 * The change list in words, one button a change: clicking it centres what it is about on the
 * canvas — the card, the stage, the middle of the link, or the ghost of what was removed — and
 * lets the screen select it where it can.
 */
export function ChangeList({ comparison, marks, baseName, onReveal }: { comparison: Comparison; marks: readonly Mark[]; baseName: string; onReveal: (mark: Mark) => void }) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const byKey = new Map(marks.map((m) => [m.key, m] as const));
  const reveal = (mark: Mark) => {
    onReveal(mark);
    const { boxOf, ends } = canvasBoxes(flow);
    const place = placeMarks([...marks], boxOf, ends).get(mark.key);
    // A link still drawn is centred on its own curve; anything else on its box.
    const point = (mark.edgeId && linkPoint(flowStore.getState(), mark.edgeId, 0.5)) || (place && { x: place.x + place.width / 2, y: place.y + place.height / 2 });
    if (point) void flow.setCenter(point.x, point.y, { zoom: Math.max(flow.getZoom(), 0.8), duration: 250 });
  };
  const count = comparison.items.length;
  return (
    <>
      <p role="status">{count === 0 ? 'No changes.' : `${count} change${count === 1 ? '' : 's'} from ${baseName}:`}</p>
      <ol className="change-list">
        {comparison.items.map((item, i) => {
          const mark = byKey.get(markKey(item.change, item.entry.id));
          return (
            <li key={`${item.change}-${item.entry.id}-${i}`} className={`change change-${item.change}`}>
              {mark ? (
                <button type="button" className="link-button" onClick={() => reveal(mark)}>
                  <span aria-hidden="true">{CHANGE_ICON[item.change]} </span>
                  {item.line}
                </button>
              ) : (
                <span>
                  <span aria-hidden="true">{CHANGE_ICON[item.change]} </span>
                  {item.line}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
