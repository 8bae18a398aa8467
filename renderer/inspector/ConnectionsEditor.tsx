import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Lane, Link, Step } from '../../shared/domain/playbook';
import { derivedFrom } from '../editor/derivedFrom';
import { useEditor, type EditorState } from '../editor/editorStore';

// Worked out again only when the links change: not on a drop, a save's progress or a selection.
const linksOf = (stepId: string) =>
  derivedFrom(
    (s: EditorState) => s.links,
    (links) => Object.values(links).filter((l) => l.sourceId === stepId || l.targetId === stepId),
  );

function describe(link: Link, stepId: string, steps: Record<string, Step>): string {
  const title = (id: string) => steps[id]?.title || 'Untitled step';
  if (link.kind === 'mirror') return link.sourceId === stepId ? `${link.relation ?? 'supports'} → ${title(link.targetId)}` : `${title(link.sourceId)} ${link.relation ?? 'supports'} this`;
  return link.sourceId === stepId ? `then → ${title(link.targetId)}` : `after ← ${title(link.sourceId)}`;
}

/** Links of one step, and a way to add one without a mouse: pick the other step from a list. */
export function ConnectionsEditor({ stepId, lane }: { stepId: string; lane: Lane }) {
  const links = useEditor(useMemo(() => linksOf(stepId), [stepId]));
  // The lines as shown, rather than the steps they name: moving a card gives the steps a new
  // record but changes no line, and then this list is not drawn again.
  const lines = useEditor(useShallow((s) => links.map((link) => describe(link, stepId, s.steps))));
  const stages = useEditor((s) => s.stages);
  const [target, setTarget] = useState('');
  // The list of every other step is built only once the user reaches for it: in a large playbook
  // it is thousands of options, and rebuilding them on every edit slows the canvas.
  const [armed, setArmed] = useState(false);
  const steps = useEditor((s) => (armed ? s.steps : null));
  const otherLane: Lane = lane === 'buyer' ? 'seller' : 'buyer';
  const candidates = steps ? Object.values(steps).filter((s) => s.id !== stepId) : [];

  return (
    <fieldset>
      <legend>Links</legend>
      <ul className="links">
        {links.map((link, i) => (
          <li key={link.id}>
            <span>{lines[i]}</span>
            <button type="button" aria-label={`Remove link: ${lines[i]}`} onClick={() => useEditor.getState().deleteLinks([link.id])}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <select aria-label="Step to link to" value={target} onFocus={() => setArmed(true)} onMouseDown={() => setArmed(true)} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Link to…</option>
          {armed && (['buyer', 'seller'] as const).map((l) => (
            <optgroup key={l} label={l === otherLane ? `${l === 'buyer' ? 'Buyer' : 'Seller'} steps (mirror link)` : `${l === 'buyer' ? 'Buyer' : 'Seller'} steps (next in sequence)`}>
              {candidates
                .filter((s) => stages[s.stageId]?.lane === l)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title || 'Untitled step'}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <button
          type="button"
          disabled={!target}
          onClick={() => {
            if (useEditor.getState().connect(stepId, target)) setTarget('');
          }}
        >
          Link
        </button>
      </div>
    </fieldset>
  );
}
