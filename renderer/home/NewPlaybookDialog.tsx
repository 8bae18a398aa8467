import { useEffect, useId, useState } from 'react';
import type { TemplateSummary } from '../../shared/api/contract';
import { Dialog } from '../ui/Dialog';
import { showError } from '../ui/notices';

export function NewPlaybookDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [templateId, setTemplateId] = useState('blank');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useId();
  useEffect(() => {
    window.api.listTemplates().then(setTemplates, showError);
  }, []);

  const create = async () => {
    setBusy(true);
    try {
      const doc = await window.api.createPlaybook({ templateId, ...(name.trim() ? { name: name.trim() } : {}) });
      onCreated(doc.playbook.id);
    } catch (error) {
      showError(error);
      setBusy(false);
    }
  };

  return (
    <Dialog title="New playbook" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <fieldset className="template-choice">
          <legend>Start from</legend>
          {templates.map((t) => (
            <label key={t.id} className="template-option">
              <input type="radio" name="template" value={t.id} checked={templateId === t.id} onChange={() => setTemplateId(t.id)} />
              <span>
                <strong>{t.id === 'blank' ? 'Blank playbook' : t.name}</strong>
                <span className="muted">
                  {t.description}
                  {t.id !== 'blank' && ` (${t.buyerSteps} buyer steps, ${t.sellerSteps} seller steps)`}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${ids}-name`}>Name (optional)</label>
        <input id={`${ids}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} placeholder="Uses the template's name when empty" />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || templates.length === 0}>
            Create playbook
          </button>
        </div>
      </form>
    </Dialog>
  );
}
