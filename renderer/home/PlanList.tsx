import { useId, useState } from 'react';
import { OUTCOME_LABELS, formatValue } from '../../shared/plan/export/labels';
import { Outcome, type PlanSummary } from '../../shared/plan/plan';
import { useNavigation } from '../app/navigation';
import { Dialog } from '../ui/Dialog';
import { showError } from '../ui/notices';

const distinct = (values: string[]) => [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));
const playbookLabel = (p: PlanSummary) => `${p.playbookName} v${p.playbookVersion}`;

/** The rep's deals, soonest close first, with search and filters for when there are many. */
export function PlanList({ plans, onChanged }: { plans: PlanSummary[]; onChanged: () => void }) {
  const ids = useId();
  const open = useNavigation((s) => s.openPlan);
  const [search, setSearch] = useState('');
  const [playbook, setPlaybook] = useState('');
  const [stage, setStage] = useState('');
  const [outcome, setOutcome] = useState('');
  const [rep, setRep] = useState('');
  const [deleting, setDeleting] = useState<PlanSummary | null>(null);

  const text = search.trim().toLowerCase();
  const shown = plans
    .filter(
      (p) =>
        (!text || `${p.account} ${p.opportunity}`.toLowerCase().includes(text)) &&
        (!playbook || playbookLabel(p) === playbook) &&
        (!stage || (p.currentBuyerStage ?? '') === stage) &&
        (!outcome || p.outcome === outcome) &&
        (!rep || p.rep === rep),
    )
    // Soonest close first; plans without a target date last.
    .sort((a, b) => (a.targetCloseDate ?? '9999-99-99').localeCompare(b.targetCloseDate ?? '9999-99-99') || a.account.localeCompare(b.account));

  const remove = async (plan: PlanSummary) => {
    try {
      await window.api.deletePlan({ id: plan.id });
    } catch (error) {
      showError(error);
    }
    setDeleting(null);
    onChanged();
  };

  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">Deal plans</h2>
      {plans.length === 0 ? (
        <p className="empty">No deal plans yet. Publish a playbook, then start one with New deal plan.</p>
      ) : (
        <>
          <div className="plan-filters" role="search" aria-label="Find deal plans">
            <input aria-label="Search accounts" type="search" placeholder="Search accounts…" value={search} onChange={(e) => setSearch(e.target.value)} />
            <Filter id={`${ids}-playbook`} label="Playbook" value={playbook} onChange={setPlaybook} options={distinct(plans.map(playbookLabel)).map((v) => [v, v])} />
            <Filter id={`${ids}-stage`} label="Current stage" value={stage} onChange={setStage} options={distinct(plans.map((p) => p.currentBuyerStage ?? '')).map((v) => [v, v])} />
            <Filter id={`${ids}-outcome`} label="Outcome" value={outcome} onChange={setOutcome} options={Outcome.options.map((o) => [o, OUTCOME_LABELS[o]])} />
            <Filter id={`${ids}-rep`} label="Rep" value={rep} onChange={setRep} options={distinct(plans.map((p) => p.rep)).map((v) => [v, v])} />
          </div>
          {shown.length === 0 ? (
            <p className="empty">No deal plan matches.</p>
          ) : (
            <ul className="playbook-list">
              {shown.map((p) => (
                <li key={p.id} className="playbook-card">
                  <button type="button" className="playbook-open" onClick={() => open(p.id)} aria-label={`Open plan for ${p.account}`}>
                    <span className="playbook-card-name">
                      {p.account}
                      {p.opportunity && <span className="muted"> · {p.opportunity}</span>}
                    </span>
                    <span className="muted">
                      {[
                        p.targetCloseDate ? `close ${p.targetCloseDate}` : 'no close date',
                        formatValue(p),
                        p.currentBuyerStage ? `buyer in ${p.currentBuyerStage}` : 'all buyer stages finished',
                        OUTCOME_LABELS[p.outcome],
                        p.rep,
                        playbookLabel(p),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </button>
                  <span className="playbook-actions">
                    <button type="button" className="danger" aria-label={`Delete plan for ${p.account}`} onClick={() => setDeleting(p)}>
                      Delete
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {deleting && (
        <Dialog title="Delete deal plan?" onClose={() => setDeleting(null)}>
          <p>The plan for “{deleting.account}” will be deleted from this computer. This cannot be undone.</p>
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={() => setDeleting(null)}>
              Cancel
            </button>
            <button type="button" className="danger" onClick={() => void remove(deleting)}>
              Delete deal plan
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

function Filter({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (v: string) => void; options: Array<[string, string]> }) {
  return (
    <span className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}
