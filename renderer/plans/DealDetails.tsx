import { useId } from 'react';
import { OUTCOME_LABELS } from '../../shared/plan/export/labels';
import { Outcome } from '../../shared/plan/plan';
import { CommitInput } from '../ui/CommitInput';
import { DateInput } from './DateInput';
import { today, usePlan } from './planStore';

/** The deal itself: account, value, close date, rep, and how it ended. */
export function DealDetails() {
  const plan = usePlan((s) => s.doc!.plan);
  const ids = useId();
  const { updateMeta } = usePlan.getState();
  const setValue = (text: string) => {
    if (text.trim() === '') return updateMeta({ value: null });
    const value = Number(text);
    if (Number.isFinite(value) && value >= 0) updateMeta({ value });
  };
  return (
    <section className="deal-details" aria-labelledby="deal-heading">
      <h3 id="deal-heading">Deal</h3>
      <label htmlFor={`${ids}-account`}>Account</label>
      <CommitInput id={`${ids}-account`} value={plan.account} maxLength={200} required onCommit={(account) => account.trim() && updateMeta({ account: account.trim() })} />
      <label htmlFor={`${ids}-opportunity`}>Opportunity</label>
      <CommitInput id={`${ids}-opportunity`} value={plan.opportunity} maxLength={200} onCommit={(opportunity) => updateMeta({ opportunity })} />
      <div className="row">
        <span className="date-field grow">
          <label htmlFor={`${ids}-value`}>Value</label>
          <CommitInput id={`${ids}-value`} type="number" min={0} value={plan.value === null ? '' : String(plan.value)} onCommit={setValue} />
        </span>
        <span className="date-field">
          <label htmlFor={`${ids}-currency`}>Currency</label>
          <CommitInput
            id={`${ids}-currency`}
            className="currency"
            value={plan.currency}
            maxLength={3}
            onCommit={(text) => {
              const currency = text.trim().toUpperCase();
              if (/^[A-Z]{3}$/.test(currency)) updateMeta({ currency });
            }}
          />
        </span>
      </div>
      <label htmlFor={`${ids}-close`}>Target close date</label>
      <DateInput id={`${ids}-close`} value={plan.targetCloseDate} onCommit={(targetCloseDate) => updateMeta({ targetCloseDate })} />
      <label htmlFor={`${ids}-rep`}>Rep</label>
      <CommitInput id={`${ids}-rep`} value={plan.rep} maxLength={200} onCommit={(rep) => updateMeta({ rep })} />

      <fieldset>
        <legend>Outcome</legend>
        <label htmlFor={`${ids}-outcome`}>Outcome</label>
        <select
          id={`${ids}-outcome`}
          value={plan.outcome}
          onChange={(e) => {
            const outcome = e.target.value as Outcome;
            updateMeta({ outcome, outcomeDate: outcome === 'open' ? null : (plan.outcomeDate ?? today()) });
          }}
        >
          {Outcome.options.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-outcome-date`}>Outcome date</label>
        <DateInput id={`${ids}-outcome-date`} value={plan.outcomeDate} onCommit={(outcomeDate) => updateMeta({ outcomeDate })} />
        <label htmlFor={`${ids}-outcome-note`}>Outcome note</label>
        <CommitInput id={`${ids}-outcome-note`} multiline rows={2} maxLength={20000} value={plan.outcomeNote} onCommit={(outcomeNote) => updateMeta({ outcomeNote })} />
      </fieldset>
    </section>
  );
}
