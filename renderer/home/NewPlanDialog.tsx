import { useEffect, useId, useState } from 'react';
import type { PlaybookSummary } from '../../shared/domain/playbook';
import { Dialog } from '../ui/Dialog';
import { showError } from '../ui/notices';

/** Starts a deal from a published playbook version; only the account is required. */
export function NewPlanDialog({ playbooks, onClose, onCreated }: { playbooks: PlaybookSummary[]; onClose: () => void; onCreated: (planId: string) => void }) {
  const published = playbooks.filter((p) => p.status === 'published');
  const ids = useId();
  const [playbookId, setPlaybookId] = useState(published[0]?.id ?? '');
  const [account, setAccount] = useState('');
  const [opportunity, setOpportunity] = useState('');
  const [value, setValue] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [targetCloseDate, setTargetCloseDate] = useState('');
  const [rep, setRep] = useState('');
  const [busy, setBusy] = useState(false);
  // The rep is the user unless they type someone else: the name from Preferences fills it in.
  useEffect(() => {
    window.api
      .getAppPreferences()
      .then((preferences) => setRep((typed) => typed || preferences.authorName))
      .catch(() => {});
  }, []);

  const amount = value.trim() === '' ? null : Number(value);
  const currencyCode = currency.trim().toUpperCase();
  const valid = playbookId !== '' && account.trim() !== '' && (amount === null || (Number.isFinite(amount) && amount >= 0)) && /^[A-Z]{3}$/.test(currencyCode);

  const create = async () => {
    if (!valid) return;
    setBusy(true);
    try {
      const doc = await window.api.createPlan({
        playbookId,
        account: account.trim(),
        opportunity: opportunity.trim(),
        value: amount,
        currency: currencyCode,
        targetCloseDate: targetCloseDate || null,
        rep: rep.trim(),
      });
      onCreated(doc.plan.id);
    } catch (error) {
      showError(error);
      setBusy(false);
    }
  };

  return (
    <Dialog title="New deal plan" onClose={onClose}>
      {published.length === 0 ? (
        <>
          <p>Deals are planned from a published playbook. Open a playbook and click Publish, then come back here.</p>
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label htmlFor={`${ids}-playbook`}>Playbook version</label>
          <select id={`${ids}-playbook`} value={playbookId} onChange={(e) => setPlaybookId(e.target.value)}>
            {published.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} — version {p.version}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-account`}>Account (required)</label>
          <input id={`${ids}-account`} value={account} maxLength={200} required autoFocus onChange={(e) => setAccount(e.target.value)} />
          <label htmlFor={`${ids}-opportunity`}>Opportunity</label>
          <input id={`${ids}-opportunity`} value={opportunity} maxLength={200} onChange={(e) => setOpportunity(e.target.value)} placeholder="e.g. Platform rollout 2027" />
          <div className="row">
            <span className="grow">
              <label htmlFor={`${ids}-value`}>Value</label>
              <input id={`${ids}-value`} type="number" min={0} step="any" value={value} onChange={(e) => setValue(e.target.value)} />
            </span>
            <span>
              <label htmlFor={`${ids}-currency`}>Currency</label>
              <input id={`${ids}-currency`} className="currency" value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value)} />
            </span>
          </div>
          <label htmlFor={`${ids}-close`}>Target close date</label>
          <input id={`${ids}-close`} type="date" value={targetCloseDate} onChange={(e) => setTargetCloseDate(e.target.value)} />
          <label htmlFor={`${ids}-rep`}>Rep</label>
          <input id={`${ids}-rep`} value={rep} maxLength={200} onChange={(e) => setRep(e.target.value)} />
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={busy || !valid}>
              Create deal plan
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
