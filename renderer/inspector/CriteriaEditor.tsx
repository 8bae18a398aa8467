import type { ExitCriterion } from '../../shared/domain/playbook';
import { newCriterion, useEditor } from '../editor/editorStore';
import { CommitInput } from '../ui/CommitInput';
import { useFocusWhenNew } from './useFocusWhenNew';

function CriterionField({ id, n, statement, onCommit }: { id: string; n: number; statement: string; onCommit: (statement: string) => void }) {
  const ref = useFocusWhenNew(id);
  return (
    <CommitInput ref={ref} aria-label={`Exit criterion ${n}`} wraps value={statement} maxLength={20000} placeholder="e.g. Economic buyer confirms budget in writing" onCommit={onCommit} />
  );
}

interface Props {
  criteria: ExitCriterion[];
  /** Gets a function of the criteria as they are when the change lands, matched by id. */
  onChange: (update: (current: ExitCriterion[]) => ExitCriterion[]) => void;
}

/** Exit criteria: outcomes someone can verify. The buyer doing something is the strong kind. */
export function CriteriaEditor({ criteria, onChange }: Props) {
  const update = (id: string, patch: Partial<ExitCriterion>) => onChange((current) => current.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  return (
    <fieldset className="criteria">
      <legend>Exit criteria</legend>
      {criteria.length === 0 && <p className="muted">None yet. A good one is something the buyer does, objective and yes-or-no.</p>}
      {criteria.length > 0 && !criteria.some((c) => c.actor === 'buyer') && (
        <p className="hint" role="note">
          None of these is done by the buyer. Add one the customer does, so the buyer can confirm the stage is over.
        </p>
      )}
      <ol>
        {criteria.map((c, i) => (
          <li key={c.id}>
            <CriterionField id={c.id} n={i + 1} statement={c.statement} onCommit={(statement) => update(c.id, { statement })} />
            <select aria-label={`Who verifies exit criterion ${i + 1}`} value={c.actor} onChange={(e) => update(c.id, { actor: e.target.value as ExitCriterion['actor'] })}>
              <option value="buyer">Buyer does it</option>
              <option value="seller">Seller does it</option>
            </select>
            <button type="button" aria-label={`Remove exit criterion ${i + 1}`} onClick={() => onChange((current) => current.filter((x) => x.id !== c.id))}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          const added = newCriterion('buyer');
          useEditor.setState({ focusNewId: added.id });
          onChange((current) => [...current, added]);
        }}
      >
        Add exit criterion
      </button>
    </fieldset>
  );
}
