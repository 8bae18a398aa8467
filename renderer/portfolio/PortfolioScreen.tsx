import { useCallback, useEffect, useState } from 'react';
import { DEVIATION_MEASURES, SMALL_SAMPLE, type DeviationMeasure, type OutcomeRates, type PlaybookEvidence, type PortfolioReport } from '../../shared/portfolio/portfolio';
import type { Proposal } from '../../shared/portfolio/promotion';
import { useNavigation } from '../app/navigation';
import { Dialog } from '../ui/Dialog';
import { showError, useNotices } from '../ui/notices';

const MEASURE_LABEL: Record<DeviationMeasure, string> = { skipped: 'Skipped', added: 'Step added after it', moved: 'Moved', loopedBack: 'Looped back' };
const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

/** A rate always beside its sample; a small sample is greyed and says so. */
function Rate({ rates }: { rates: OutcomeRates }) {
  const text = `${percent(rates.won)} won (n=${rates.closed})`;
  return rates.small ? <span className="small-sample" title={`Fewer than ${SMALL_SAMPLE} closed deals`}>{text} · few plans</span> : <span>{text}</span>;
}

/**
 * Managers and enablement: the plans saved here as evidence. Per playbook version, where reps
 * depart from it and how those deals ended; departures that keep winning can be promoted into the
 * next draft, which nothing changes until the user accepts.
 */
export function PortfolioScreen() {
  const [report, setReport] = useState<PortfolioReport | null>(null);
  const load = useCallback(async () => {
    try {
      setReport(await window.api.reviewPortfolio());
    } catch (error) {
      showError(error);
    }
  }, []);
  useEffect(() => void load(), [load]);

  return (
    <main className="portfolio">
      <header className="home-header">
        <button type="button" onClick={() => useNavigation.getState().goHome()}>
          ← Start screen
        </button>
        <h1>Portfolio review</h1>
      </header>
      {report === null ? (
        <p aria-busy="true">Reviewing the plans…</p>
      ) : report.plans === 0 ? (
        <p>No deal plans yet. Plans made from published playbooks show up here as evidence.</p>
      ) : (
        <>
          <p>
            {report.plans} deal plan{report.plans === 1 ? '' : 's'} across {report.playbooks.length} playbook version{report.playbooks.length === 1 ? '' : 's'}.
          </p>
          {report.playbooks.map((p) => (
            <PlaybookEvidenceView key={p.playbookId} evidence={p} />
          ))}
        </>
      )}
    </main>
  );
}

function PlaybookEvidenceView({ evidence }: { evidence: PlaybookEvidence }) {
  const o = evidence.outcomes;
  const departures = evidence.steps.flatMap((s) => DEVIATION_MEASURES.filter((m) => s[m] > 0).map((m) => ({ step: s, measure: m })));
  return (
    <section className="portfolio-playbook" aria-labelledby={`pf-${evidence.playbookId}`}>
      <h2 id={`pf-${evidence.playbookId}`}>
        {evidence.name} — version {evidence.version}
      </h2>
      <p>
        {evidence.plans} plan{evidence.plans === 1 ? '' : 's'}: {o.won} won, {o.lost} lost, {o.noDecision} no decision, {o.open} open.
      </p>
      <h3>Where reps depart from the playbook</h3>
      {departures.length === 0 ? (
        <p>No departures recorded: every plan follows this version.</p>
      ) : (
        <table className="portfolio-table">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Departure</th>
              <th scope="col">Plans</th>
              <th scope="col">With it</th>
              <th scope="col">Without it</th>
            </tr>
          </thead>
          <tbody>
            {departures.map(({ step, measure }) => (
              <tr key={`${step.id}-${measure}`}>
                <td>{step.title}</td>
                <td>{MEASURE_LABEL[measure]}</td>
                <td>{step[measure]}</td>
                <td>
                  <Rate rates={step.rates[measure].with} />
                </td>
                <td>
                  <Rate rates={step.rates[measure].without} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Proposals playbookId={evidence.playbookId} />
    </section>
  );
}

function Proposals({ playbookId }: { playbookId: string }) {
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [confirming, setConfirming] = useState<Proposal | null>(null);
  useEffect(() => {
    window.api.proposePromotions({ playbookId }).then(setProposals, showError);
  }, [playbookId]);

  const accept = async (proposal: Proposal) => {
    try {
      const draft = await window.api.acceptPromotion({ playbookId, stepId: proposal.stepId, measure: proposal.measure });
      setConfirming(null);
      useNotices.getState().show(`Version ${draft.version} (draft) now has this change.`);
      useNavigation.getState().openPlaybook(draft.id);
    } catch (error) {
      showError(error);
    }
  };

  if (proposals === null) return null;
  return (
    <>
      <h3>Departures that keep winning</h3>
      {proposals.length === 0 ? (
        <p>None yet on enough closed deals (at least {SMALL_SAMPLE} with and without).</p>
      ) : (
        <ul className="proposals">
          {proposals.map((p) => (
            <li key={`${p.stepId}-${p.measure}`}>
              <span>{p.summary}</span>{' '}
              <button type="button" onClick={() => setConfirming(p)} aria-label={`Promote: ${p.summary}`}>
                Promote…
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <Dialog title="Promote into the next version?" onClose={() => setConfirming(null)}>
          <p>{confirming.summary}</p>
          <p>
            The change goes into the next draft of this playbook; this version and the plans pinned to it stay as they are. Plans behind it:{' '}
            {confirming.evidence.accounts.join(', ')}
            {confirming.evidence.plans > confirming.evidence.accounts.length ? ` and ${confirming.evidence.plans - confirming.evidence.accounts.length} more` : ''}.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirming(null)}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => void accept(confirming)}>
              Accept and open the draft
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
