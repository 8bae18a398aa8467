import { useEffect, useMemo } from 'react';
import { comparePlaybooks } from '../../shared/review/diff';
import { planAsPlaybook } from '../../shared/review/planView';
import { usePlan } from '../plans/planStore';
import { ChangeList } from './ChangeList';
import { compareMarks, type CanvasIds, type Mark } from './compareMarks';
import { useCompare } from './compareStore';

/**
 * The deal plan against the playbook version it is pinned to, with the same diff as `tandem diff`:
 * skipped steps show as removed, the rep's own steps as added, moved ones as moved. The plan's
 * cards carry plan ids while the diff speaks of playbook steps, so marks go through that mapping.
 */
export function PlanCompare() {
  const doc = usePlan((s) => s.doc);
  const playbook = usePlan((s) => s.playbook);
  const marks = useCompare((s) => s.marks);

  const comparison = useMemo(() => (doc && playbook ? comparePlaybooks(playbook, planAsPlaybook(doc, playbook)) : null), [doc, playbook]);
  useEffect(() => {
    if (!doc || !playbook || !comparison) return;
    const planStepOf = new Map(doc.steps.filter((s) => s.playbookStepId !== null).map((s) => [s.playbookStepId!, s.id] as const));
    const own = new Set(doc.steps.map((s) => s.id));
    const ids: CanvasIds = {
      nodeOfB: (id) => planStepOf.get(id) ?? (own.has(id) ? id : undefined),
      // A skipped step is still drawn on the plan, struck through: the mark goes on its card.
      nodeOfA: (id) => planStepOf.get(id),
    };
    useCompare.getState().show(playbook, compareMarks(comparison, playbook, ids));
  }, [comparison, doc, playbook]);
  // Leaving the plan leaves its compare.
  useEffect(() => () => useCompare.getState().close(), []);

  const reveal = (mark: Mark) => {
    if (mark.type === 'step' && mark.nodeId) usePlan.getState().selectStep(mark.nodeId);
  };

  if (!comparison || !playbook) return null;
  return (
    <aside className="notes-panel" aria-label="Compare with playbook">
      <section className="compare-panel">
        <h2>Compared with the playbook</h2>
        <ChangeList comparison={comparison} marks={marks} baseName={`${playbook.playbook.name} v${playbook.playbook.version}`} onReveal={reveal} />
      </section>
    </aside>
  );
}
