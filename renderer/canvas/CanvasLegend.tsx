import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasView } from './canvasView';

/**
 * What the marks on the canvas mean, in view rather than in tooltips: a first-day user reads it here.
 * Memoised: the canvas renders on every change to its nodes, and the legend never depends on them.
 */
export const CanvasLegend = memo(function CanvasLegend() {
  const showMirrorLinks = useCanvasView((s) => s.showMirrorLinks);
  return (
    <Panel position="top-right" className="canvas-legend" role="note" aria-label="Legend">
      <span>
        <span className="legend-required" aria-hidden="true">
          ●
        </span>{' '}
        Required step
      </span>
      <span>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="22" y2="5" stroke="#7a5af8" strokeWidth="2" />
          <path d="M20,1 L28,5 L20,9 z" fill="#5b3fd6" />
        </svg>{' '}
        Mirror link: the seller step supports the buyer step it points to
      </span>
      <span>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="22" y2="5" stroke="#6b7a99" strokeWidth="1.5" />
          <path d="M20,1 L28,5 L20,9 z" fill="#6b7a99" />
        </svg>{' '}
        Next step in sequence
      </span>
      <label className="legend-toggle">
        <input type="checkbox" checked={showMirrorLinks} onChange={(e) => useCanvasView.getState().setShowMirrorLinks(e.target.checked)} /> Show mirror links
      </label>
    </Panel>
  );
});
