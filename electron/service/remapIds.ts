import type { NewId } from '../../shared/domain/ids';
import type { PlaybookDoc } from '../../shared/domain/playbook';

/** A copy of a playbook with every id replaced consistently, so it can live beside the original. */
export function remapPlaybookIds(doc: PlaybookDoc, newId: NewId): PlaybookDoc {
  const ids = new Map<string, string>();
  const map = (id: string) => {
    let next = ids.get(id);
    if (!next) ids.set(id, (next = newId()));
    return next;
  };
  const criteria = (list: PlaybookDoc['stages'][number]['exitCriteria']) => list.map((c) => ({ ...c, id: map(c.id) }));
  return {
    playbook: { ...doc.playbook, id: map(doc.playbook.id) },
    viewport: doc.viewport,
    stages: doc.stages.map((s) => ({ ...s, id: map(s.id), exitCriteria: criteria(s.exitCriteria) })),
    steps: doc.steps.map((s) => ({ ...s, id: map(s.id), stageId: map(s.stageId), exitCriteria: criteria(s.exitCriteria) })),
    links: doc.links.map((l) => ({ ...l, id: map(l.id), sourceId: map(l.sourceId), targetId: map(l.targetId) })),
    assumptions: doc.assumptions.map((a) => ({ ...a, id: map(a.id) })),
  };
}
