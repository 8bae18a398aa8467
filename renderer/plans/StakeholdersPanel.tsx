import { useState } from 'react';
import { committeeWarnings } from '../../shared/plan/committee';
import { ENGAGEMENT_LABELS, ROLE_LABELS, STANCE_LABELS } from '../../shared/plan/export/labels';
import type { PlanDoc, Stakeholder } from '../../shared/plan/plan';
import { usePlan } from './planStore';
import { StakeholderDialog } from './StakeholderDialog';

/** Removing a person also takes them off every step, so no step points at someone who is gone. */
const withoutPerson = (doc: PlanDoc, id: string): PlanDoc => ({
  ...doc,
  stakeholders: doc.stakeholders.filter((p) => p.id !== id),
  steps: doc.steps.map((s) =>
    s.buyerOwnerId === id || s.stakeholderIds.includes(id) ? { ...s, buyerOwnerId: s.buyerOwnerId === id ? null : s.buyerOwnerId, stakeholderIds: s.stakeholderIds.filter((x) => x !== id) } : s,
  ),
});

/** The buying committee: who is who, and what a manager would ask about it. */
export function StakeholdersPanel() {
  const doc = usePlan((s) => s.doc)!;
  const playbook = usePlan((s) => s.playbook)!;
  const [editing, setEditing] = useState<Stakeholder | 'new' | null>(null);
  const warnings = committeeWarnings(doc, playbook);
  const stepTitle = (id: string) => doc.steps.find((s) => s.id === id)?.title ?? id;
  return (
    <section className="stakeholders" aria-labelledby="stakeholders-heading">
      <div className="row">
        <h3 id="stakeholders-heading" className="grow">
          Stakeholders
        </h3>
        <button type="button" onClick={() => setEditing('new')}>
          Add stakeholder
        </button>
      </div>
      {doc.stakeholders.length === 0 ? (
        <p className="muted">Nobody on the buying committee yet.</p>
      ) : (
        <ul className="stakeholder-list">
          {doc.stakeholders.map((p) => (
            <li key={p.id}>
              <div>
                <strong>{p.name}</strong>
                {p.title && <span className="muted"> · {p.title}</span>}
              </div>
              <div className="muted">
                {[p.roles.map((r) => ROLE_LABELS[r]).join(', ') || 'No role yet', STANCE_LABELS[p.stance], `engagement ${ENGAGEMENT_LABELS[p.engagement].toLowerCase()}`].join(' · ')}
              </div>
              <span className="row">
                <button type="button" aria-label={`Edit ${p.name}`} onClick={() => setEditing(p)}>
                  Edit
                </button>
                <button type="button" className="danger" aria-label={`Remove ${p.name}`} onClick={() => usePlan.getState().edit((d) => withoutPerson(d, p.id))}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="committee-warnings" aria-label="Buying committee warnings">
          {warnings.map((w) => (
            <li key={w.kind} className="hint">
              ⚠ {w.message}
              {w.ids.length > 0 && (
                <ul>
                  {w.ids.map((id) => (
                    <li key={id}>
                      <button type="button" className="link-button" onClick={() => usePlan.getState().selectStep(id)}>
                        {stepTitle(id)}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing && <StakeholderDialog {...(editing === 'new' ? {} : { person: editing })} onClose={() => setEditing(null)} />}
    </section>
  );
}
