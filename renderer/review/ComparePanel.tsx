import { useEffect, useMemo, useState } from 'react';
import type { PlaybookSummary } from '../../shared/domain/playbook';
import { comparePlaybooks } from '../../shared/review/diff';
import { docFromDomain } from '../editor/domain';
import { useEditor } from '../editor/editorStore';
import { ChangeList } from './ChangeList';
import { compareMarks, type Mark } from './compareMarks';
import { useCompare } from './compareStore';
import { selectLink } from './selectLink';

// In the editor a node is the element itself: b's ids are the canvas's, and what a lacks is not drawn.
const EDITOR_IDS = { nodeOfB: (id: string) => id, nodeOfA: () => undefined };

/**
 * Sets the open playbook against another (by default the version it came from): the change list
 * in words, each line centring what it is about, and the changes drawn on the canvas.
 */
export function ComparePanel() {
  const [others, setOthers] = useState<PlaybookSummary[]>([]);
  const meta = useEditor((s) => s.meta);
  const steps = useEditor((s) => s.steps);
  const stages = useEditor((s) => s.stages);
  const links = useEditor((s) => s.links);
  const assumptions = useEditor((s) => s.assumptions);
  const base = useCompare((s) => s.base);
  const marks = useCompare((s) => s.marks);

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
    useCompare.getState().setMarks(comparison && base ? compareMarks(comparison, base, EDITOR_IDS) : []);
  }, [comparison, base]);

  const reveal = (mark: Mark) => {
    const editor = useEditor.getState();
    if (mark.change === 'removed') return;
    if (mark.type === 'step' && mark.nodeId) editor.selectStep(mark.nodeId);
    else if (mark.type === 'stage' && stages[mark.id]) editor.selectStage(mark.id);
    else if (mark.type === 'link' && links[mark.id]) selectLink(mark.id);
  };

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
      {comparison && base && <ChangeList comparison={comparison} marks={marks} baseName={`${base.playbook.name} v${base.playbook.version}`} onReveal={reveal} />}
    </section>
  );
}
