import { useEffect, useMemo, useState } from 'react';
import type { PlaybookSummary } from '../../shared/domain/playbook';
import { comparePlaybooks, type ChangeKind } from '../../shared/review/diff';
import { useCentre } from '../analysis/useCentre';
import { docFromDomain } from '../editor/domain';
import { useEditor } from '../editor/editorStore';
import { useCompare } from './compareStore';

/**
 * Sets the open playbook against another (by default the version it came from): the change list
 * in words, each line centring its step, and a badge on every added, moved or changed step.
 */
export function ComparePanel() {
  const [others, setOthers] = useState<PlaybookSummary[]>([]);
  const meta = useEditor((s) => s.meta);
  const steps = useEditor((s) => s.steps);
  const stages = useEditor((s) => s.stages);
  const links = useEditor((s) => s.links);
  const assumptions = useEditor((s) => s.assumptions);
  const base = useCompare((s) => s.base);
  const centre = useCentre();

  useEffect(() => {
    void window.api.listPlaybooks().then((list) => setOthers(list.filter((p) => p.id !== meta.id)));
  }, [meta.id]);
  // A new version is compared with the one it came from unless the user picks another.
  useEffect(() => {
    if (meta.parentId && !useCompare.getState().base) void useCompare.getState().compareWith(meta.parentId);
  }, [meta.parentId]);
  // Leaving the playbook leaves its compare.
  useEffect(() => () => void useCompare.getState().compareWith(null), [meta.id]);

  const comparison = useMemo(
    () => (base ? comparePlaybooks(base, docFromDomain({ meta, steps, stages, links, assumptions }, null)) : null),
    [base, meta, steps, stages, links, assumptions],
  );
  useEffect(() => {
    const changes = new Map<string, ChangeKind>();
    for (const item of comparison?.items ?? []) if (item.change !== 'removed') changes.set(item.entry.id, item.change);
    useCompare.getState().setChanges(changes);
  }, [comparison]);

  return (
    <section className="compare-panel" aria-label="Compare">
      <label>
        Compare with
        <select aria-label="Compare with" value={base?.playbook.id ?? ''} onChange={(e) => void useCompare.getState().compareWith(e.target.value || null)}>
          <option value="">Nothing</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} v{p.version} ({p.status}){p.id === meta.parentId ? ' — the version this one came from' : ''}
            </option>
          ))}
        </select>
      </label>
      {comparison && (
        <>
          <p role="status">
            {comparison.items.length === 0 ? 'No changes.' : `${comparison.items.length} change${comparison.items.length === 1 ? '' : 's'} from ${base!.playbook.name} v${base!.playbook.version}:`}
          </p>
          <ol className="change-list">
            {comparison.items.map((item, i) => (
              <li key={`${item.change}-${item.entry.id}-${i}`} className={`change change-${item.change}`}>
                {item.change !== 'removed' && item.entry.type === 'step' ? (
                  <button type="button" className="link-button" onClick={() => (useEditor.getState().selectStep(item.entry.id), centre(item.entry.id))}>
                    {item.line}
                  </button>
                ) : (
                  <span>{item.line}</span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
