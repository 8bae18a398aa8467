import { useMemo, useState } from 'react';
import { SMALL_SAMPLE, type PlaybookEvidence } from '../../shared/portfolio/portfolio';
import { proposePromotions, type Proposal } from '../../shared/portfolio/promotion';
import { useNavigation } from '../app/navigation';
import { Dialog } from '../ui/Dialog';
import { showError, useNotices } from '../ui/notices';

/**
 * Departures that keep winning, each a change the next draft could take. Worked out here from the
 * report shown (no second scan); accepting asks the main process, which works it out again from
 * the same plans before anything is written.
 */
export function Proposals({ evidence, folder, promotable }: { evidence: PlaybookEvidence; folder: string | null; promotable: boolean }) {
  const proposals = useMemo(() => proposePromotions(evidence), [evidence]);
  const [confirming, setConfirming] = useState<Proposal | null>(null);
  const [accepting, setAccepting] = useState(false);

  const accept = async (proposal: Proposal) => {
    setAccepting(true);
    try {
      const draft = await window.api.acceptPromotion({ playbookId: evidence.playbookId, stepId: proposal.stepId, measure: proposal.measure, ...(folder === null ? {} : { folder }) });
      setConfirming(null);
      useNotices.getState().show(`Version ${draft.version} (draft) now has this change.`);
      useNavigation.getState().openPlaybook(draft.id);
    } catch (error) {
      showError(error);
    } finally {
      setAccepting(false);
    }
  };

  return (
    <>
      <h3>Departures that keep winning</h3>
      {proposals.length === 0 ? (
        <p>None yet on enough closed deals (at least {SMALL_SAMPLE} with and without).</p>
      ) : (
        <>
          {!promotable && <p className="hint">This playbook version is not in Tandem here: import it to promote these into its next draft.</p>}
          <ul className="proposals">
            {proposals.map((p) => (
              <li key={`${p.stepId}-${p.measure}`}>
                <span>{p.summary}</span>{' '}
                {promotable && (
                  <button type="button" onClick={() => setConfirming(p)} aria-label={`Promote: ${p.summary}`}>
                    Promote…
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
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
            <button type="button" className="primary" disabled={accepting} onClick={() => void accept(confirming)}>
              {accepting ? 'Checking the plans again…' : 'Accept and open the draft'}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
