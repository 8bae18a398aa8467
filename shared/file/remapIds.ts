import type { NewId } from '../domain/ids';
import type { ExitCriterion, PlaybookDoc } from '../domain/playbook';

/**
 * A copy of the playbook with a fresh id for the playbook and every stage, step, criterion, link
 * and assumption, references rewritten to match. Importing a file whose ids already exist in the
 * database goes through here, so the import lands as a copy beside the original.
 * `parentId` is kept: it names the version this one came from, which stays true for the copy.
 * Pass `fresh` to learn the old → new ids afterwards (a plan pinned to the playbook follows them).
 */
export function remapIds(doc: PlaybookDoc, newId: NewId, fresh = new Map<string, string>()): PlaybookDoc {
  const remap = (id: string): string => {
    let next = fresh.get(id);
    if (next === undefined) {
      next = newId();
      fresh.set(id, next);
    }
    return next;
  };
  const criteria = (list: readonly ExitCriterion[]) => list.map((c) => ({ ...c, id: remap(c.id) }));

  return {
    playbook: { ...doc.playbook, id: remap(doc.playbook.id) },
    viewport: doc.viewport && { ...doc.viewport },
    stages: doc.stages.map((s) => ({ ...s, id: remap(s.id), exitCriteria: criteria(s.exitCriteria) })),
    steps: doc.steps.map((s) => ({
      ...s,
      id: remap(s.id),
      stageId: remap(s.stageId),
      roles: [...s.roles],
      techniques: s.techniques.map((t) => ({ ...t })),
      contentLinks: s.contentLinks.map((l) => ({ ...l })),
      exitCriteria: criteria(s.exitCriteria),
    })),
    links: doc.links.map((l) => ({ ...l, id: remap(l.id), sourceId: remap(l.sourceId), targetId: remap(l.targetId) })),
    assumptions: doc.assumptions.map((a) => ({ ...a, id: remap(a.id) })),
  };
}
