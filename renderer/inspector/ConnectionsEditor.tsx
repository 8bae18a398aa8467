import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Lane, Link } from '../../shared/domain/playbook';
import { useEditor, type EditorState } from '../editor/editorStore';

const linksOf = (stepId: string) => (s: EditorState) => Object.values(s.links).filter((l) => l.sourceId === stepId || l.targetId === stepId);

/** Links of one step, and a way to add one without a mouse: pick the other step from a list. */
export function ConnectionsEditor({ stepId, lane }: { stepId: string; lane: Lane }) {
  const links = useEditor(useShallow(linksOf(stepId)));
  const steps = useEditor((s) => s.steps);
  const stages = useEditor((s) => s.stages);
  const [target, setTarget] = useState('');
  // The list of every other step is built only once the user reaches for it: in a large playbook
  // it is thousands of options, and rebuilding them on every edit slows the canvas.
  const [armed, setArmed] = useState(false);
  const title = (id: string) => steps[id]?.title || 'Untitled step';
  const otherLane: Lane = lane === 'buyer' ? 'seller' : 'buyer';
  const candidates = Object.values(steps).filter((s) => s.id !== stepId);
  const describe = (link: Link) => {
    if (link.kind === 'mirror') return link.sourceId === stepId ? `${link.relation ?? 'supports'} → ${title(link.targetId)}` : `${title(link.sourceId)} ${link.relation ?? 'supports'} this`;
    return link.sourceId === stepId ? `then → ${title(link.targetId)}` : `after ← ${title(link.sourceId)}`;
  };

  return (
    <fieldset>
      <legend>Links</legend>
      <ul className="links">
        {links.map((link) => (
          <li key={link.id}>
            <span>{describe(link)}</span>
            <button type="button" aria-label={`Remove link: ${describe(link)}`} onClick={() => useEditor.getState().deleteLinks([link.id])}>
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
