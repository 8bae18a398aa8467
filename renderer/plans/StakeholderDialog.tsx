import { useId, useState } from 'react';
import { randomId } from '../../shared/domain/ids';
import { ENGAGEMENT_LABELS, ROLE_LABELS, STANCE_LABELS } from '../../shared/plan/export/labels';
import { BuyingRole, Engagement, Stance, type Stakeholder } from '../../shared/plan/plan';
import { Dialog } from '../ui/Dialog';
import { usePlan } from './planStore';

const BLANK: Omit<Stakeholder, 'id'> = { name: '', title: '', roles: [], stance: 'unknown', engagement: 'none' };

/** Adds a person to the buying committee, or edits one: a person may hold several buying roles. */
export function StakeholderDialog({ person, onClose }: { person?: Stakeholder; onClose: () => void }) {
  const [draft, setDraft] = useState<Omit<Stakeholder, 'id'>>(person ?? BLANK);
  const ids = useId();
  const set = (patch: Partial<Stakeholder>) => setDraft((d) => ({ ...d, ...patch }));
  const save = () => {
    if (!draft.name.trim()) return;
    const entry: Stakeholder = { ...draft, name: draft.name.trim(), id: person?.id ?? randomId() };
    const ok = usePlan.getState().edit((doc) => ({
      ...doc,
      stakeholders: person ? doc.stakeholders.map((p) => (p.id === person.id ? entry : p)) : [...doc.stakeholders, entry],
    }));
    if (ok) onClose();
  };
  return (
    <Dialog title={person ? 'Edit stakeholder' : 'Add stakeholder'} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label htmlFor={`${ids}-name`}>Name</label>
        <input id={`${ids}-name`} value={draft.name} maxLength={200} required autoFocus onChange={(e) => set({ name: e.target.value })} />
        <label htmlFor={`${ids}-title`}>Title</label>
        <input id={`${ids}-title`} value={draft.title} maxLength={200} placeholder="e.g. CFO" onChange={(e) => set({ title: e.target.value })} />
        <fieldset className="choice-group">
          <legend>Buying roles</legend>
          {BuyingRole.options.map((role) => (
            <label key={role} className="check">
              <input
                type="checkbox"
                checked={draft.roles.includes(role)}
                onChange={(e) => set({ roles: e.target.checked ? BuyingRole.options.filter((r) => r === role || draft.roles.includes(r)) : draft.roles.filter((r) => r !== role) })}
              />{' '}
              {ROLE_LABELS[role]}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${ids}-stance`}>Stance</label>
        <select id={`${ids}-stance`} value={draft.stance} onChange={(e) => set({ stance: e.target.value as Stance })}>
          {Stance.options.map((s) => (
            <option key={s} value={s}>
              {STANCE_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-engagement`}>Engagement</label>
        <select id={`${ids}-engagement`} value={draft.engagement} onChange={(e) => set({ engagement: e.target.value as Engagement })}>
          {Engagement.options.map((s) => (
            <option key={s} value={s}>
              {ENGAGEMENT_LABELS[s]}
            </option>
          ))}
        </select>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!draft.name.trim()}>
            {person ? 'Save stakeholder' : 'Add stakeholder'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
