import { useId } from 'react';
import type { MirrorRelation } from '../../shared/domain/playbook';
import { useEditor } from '../editor/editorStore';
import { CommitInput } from '../ui/CommitInput';

/** One link: which steps it joins (each a way to select that step), and for a mirror link why it is there. */
export function LinkInspector({ linkId }: { linkId: string }) {
  const link = useEditor((s) => s.links[linkId]);
  const steps = useEditor((s) => s.steps);
  const ids = useId();
  if (!link) return null;
  const store = useEditor.getState();
  const title = (id: string) => steps[id]?.title || 'Untitled step';
  const mirror = link.kind === 'mirror';
  const stepButton = (id: string) => (
    <button type="button" className="link-button" onClick={() => store.selectStep(id)}>
      {title(id)}
    </button>
  );
  return (
    <div className="inspector-section">
      <h2>{mirror ? 'Mirror link' : 'Sequence edge'}</h2>
      <dl className="link-ends">
        <dt>{mirror ? 'Seller step' : 'From'}</dt>
        <dd>{stepButton(link.sourceId)}</dd>
        <dt>{mirror ? 'Buyer step' : 'Then'}</dt>
        <dd>{stepButton(link.targetId)}</dd>
      </dl>
      {mirror && (
        <>
          <label htmlFor={`${ids}-relation`}>Relation</label>
          <select id={`${ids}-relation`} value={link.relation ?? 'supports'} onChange={(e) => store.updateLink(linkId, { relation: e.target.value as MirrorRelation })}>
            <option value="supports">Supports: the seller step helps the buyer do this</option>
            <option value="verifies">Verifies: the seller step checks the buyer did this</option>
          </select>
          <label htmlFor={`${ids}-rationale`}>Rationale</label>
          <CommitInput
            id={`${ids}-rationale`}
            multiline
            rows={3}
            value={link.rationale}
            maxLength={20000}
            placeholder="Why this seller step serves this buyer step"
            onCommit={(rationale) => store.updateLink(linkId, { rationale })}
          />
        </>
      )}
      <button type="button" className="danger" onClick={() => store.deleteLinks([linkId])}>
        Delete link
      </button>
    </div>
  );
}
