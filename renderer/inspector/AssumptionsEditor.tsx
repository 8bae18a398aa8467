import { assumptionStatus, type AssumptionFreshness } from '../../shared/analysis/assumptionStatus';
import { randomId } from '../../shared/domain/ids';
import type { Assumption } from '../../shared/domain/playbook';
import { useEditor } from '../editor/editorStore';
import { CommitInput } from '../ui/CommitInput';

const today = () => new Date().toISOString().slice(0, 10);

/** What the user needs to know about an assumption's freshness, in words. */
function statusText(a: Assumption, freshness: AssumptionFreshness, due: string | null): string {
  const last = a.lastValidatedAt ? `Last validated ${a.lastValidatedAt}` : '';
  switch (freshness) {
    case 'fresh':
      return `${last} · valid until ${due}`;
    case 'stale':
      return `Stale: ${last.toLowerCase()}, revalidation was due ${due}`;
    case 'never-validated':
      return 'To review: not validated yet. Check it, then mark it validated.';
    case 'unchecked':
      return last;
  }
}

/**
 * What the playbook assumes about how customers buy, each with its source and the day it was
 * last checked. An assumption past its revalidation period is flagged: a playbook should not
 * enforce how customers bought five years ago.
 */
export function AssumptionsEditor() {
  const assumptions = useEditor((s) => s.assumptions);
  const save = (fn: (current: Assumption[]) => Assumption[]) => useEditor.getState().setAssumptions(fn);
  const update = (id: string, patch: Partial<Assumption>) => save((current) => current.map((a) => (a.id === id ? { ...a, ...patch } : a)));
  const add = () => {
    const fresh: Assumption = { id: randomId(), statement: '', source: '', confidence: 'medium', lastValidatedAt: today(), revalidateEveryDays: 180 };
    save((current) => [...current, fresh]);
  };

  return (
    <section className="assumptions" aria-labelledby="assumptions-heading">
      <h3 id="assumptions-heading">Assumptions about how customers buy</h3>
      {assumptions.length === 0 && <p className="muted">None recorded.</p>}
      <ol>
        {assumptions.map((a, i) => {
          const status = assumptionStatus(a, new Date());
          const n = i + 1;
          return (
            <li key={a.id} className={`assumption is-${status.freshness}`}>
              <CommitInput wraps aria-label={`Assumption ${n}`} value={a.statement} maxLength={20000} placeholder="Buyers shortlist before they talk to sales" onCommit={(statement) => update(a.id, { statement })} />
              <CommitInput wraps aria-label={`Source of assumption ${n}`} value={a.source} maxLength={20000} placeholder="Source (research, win/loss review…)" onCommit={(source) => update(a.id, { source })} />
              <div className="row">
                <select aria-label={`Confidence in assumption ${n}`} value={a.confidence} onChange={(e) => update(a.id, { confidence: e.target.value as Assumption['confidence'] })}>
                  <option value="low">Low confidence</option>
                  <option value="medium">Medium confidence</option>
                  <option value="high">High confidence</option>
                </select>
                <label className="check">
                  Revalidate every
                  <CommitInput
                    aria-label={`Revalidate assumption ${n} every how many days`}
                    className="days"
                    type="number"
                    min={1}
                    max={3650}
                    value={String(a.revalidateEveryDays)}
                    onCommit={(text) => {
                      const days = Math.round(Number(text));
                      if (Number.isFinite(days) && days >= 1) update(a.id, { revalidateEveryDays: Math.min(days, 3650) });
                    }}
                  />
                  days
                </label>
              </div>
              <div className="row">
                <span className={`status status-${status.freshness}`}>{statusText(a, status.freshness, status.dueOn)}</span>
                <button type="button" onClick={() => update(a.id, { lastValidatedAt: today() })} aria-label={`Mark assumption ${n} validated today`}>
                  Validated today
                </button>
                <button type="button" aria-label={`Remove assumption ${n}`} onClick={() => save((current) => current.filter((x) => x.id !== a.id))}>
                  ×
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add}>
        Add assumption
      </button>
    </section>
  );
}
