import { useCallback, useEffect, useState } from 'react';
import type { PlaybookSummary } from '../../shared/domain/playbook';
import type { PlanSummary } from '../../shared/plan/plan';
import { openImported, useNavigation } from '../app/navigation';
import { usePreferences } from '../preferences/preferencesStore';
import { importFiles } from '../files/importFiles';
import { showError } from '../ui/notices';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { NewPlanDialog } from './NewPlanDialog';
import { NewPlaybookDialog } from './NewPlaybookDialog';
import { PlanList } from './PlanList';
import { PlaybookVersions } from './PlaybookVersions';
import { RenameDialog } from './RenameDialog';
import { versionChains } from './versionChains';

type Pending = { kind: 'new' } | { kind: 'new-plan' } | { kind: 'rename'; playbook: PlaybookSummary } | { kind: 'delete'; playbook: PlaybookSummary } | null;

/** The start screen: deal plans beside the playbooks they are made from. */
export function PlaybookList() {
  const [playbooks, setPlaybooks] = useState<PlaybookSummary[] | null>(null);
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const open = useNavigation((s) => s.openPlaybook);
  const openPlan = useNavigation((s) => s.openPlan);

  const refresh = useCallback(async () => {
    try {
      const [nextPlaybooks, nextPlans] = await Promise.all([window.api.listPlaybooks(), window.api.listPlans()]);
      setPlaybooks(nextPlaybooks);
      setPlans(nextPlans);
    } catch (error) {
      showError(error);
      setPlaybooks((p) => p ?? []);
      setPlans((p) => p ?? []);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  const newRequests = useNavigation((s) => s.newPlaybookRequests);
  useEffect(() => {
    if (newRequests > 0) setPending({ kind: 'new' });
  }, [newRequests]);
  const newPlanRequests = useNavigation((s) => s.newPlanRequests);
  useEffect(() => {
    if (newPlanRequests > 0) setPending({ kind: 'new-plan' });
  }, [newPlanRequests]);

  const done = () => {
    setPending(null);
    void refresh();
  };

  return (
    <main className="home">
      <header className="home-header">
        <h1>Tandem</h1>
        <p className="tagline">Playbooks where the sales process mirrors how customers buy.</p>
        <button type="button" className="primary" onClick={() => setPending({ kind: 'new-plan' })} disabled={playbooks === null}>
          New deal plan
        </button>
        <button type="button" onClick={() => useNavigation.getState().openPortfolio()}>
          Portfolio review
        </button>
        <button type="button" onClick={() => usePreferences.getState().show()}>
          Preferences
        </button>
        <button type="button" onClick={() => setPending({ kind: 'new' })}>
          New playbook
        </button>
        <label className="button-like">
          Import playbook…
          <input
            type="file"
            accept=".tandem,application/json"
            multiple
            className="visually-hidden"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void importFiles(files).then(async (result) => {
                await refresh();
                if (result) openImported(result);
              });
            }}
          />
        </label>
      </header>
      {plans === null ? null : <PlanList plans={plans} onChanged={() => void refresh()} />}
      <section aria-labelledby="playbooks-heading">
        <h2 id="playbooks-heading">Your playbooks</h2>
        {playbooks === null ? (
          <p>Loading…</p>
        ) : playbooks.length === 0 ? (
          <p className="empty">No playbooks yet. Start one from a template with New playbook.</p>
        ) : (
          <ul className="playbook-list">
            {versionChains(playbooks).map((chain) => (
              <PlaybookVersions
                key={chain.versions.at(-1)!.id}
                chain={chain}
                onRename={(playbook) => setPending({ kind: 'rename', playbook })}
                onDelete={(playbook) => setPending({ kind: 'delete', playbook })}
                onChanged={() => void refresh()}
              />
            ))}
          </ul>
        )}
      </section>
      {pending?.kind === 'new' && <NewPlaybookDialog onClose={() => setPending(null)} onCreated={(id) => open(id)} />}
      {pending?.kind === 'new-plan' && playbooks && <NewPlanDialog playbooks={playbooks} onClose={() => setPending(null)} onCreated={(id) => openPlan(id)} />}
      {pending?.kind === 'rename' && <RenameDialog playbook={pending.playbook} onClose={() => setPending(null)} onDone={done} />}
      {pending?.kind === 'delete' && <ConfirmDeleteDialog playbook={pending.playbook} onClose={done} onDone={done} />}
    </main>
  );
}
