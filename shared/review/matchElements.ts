import type { PlaybookDoc } from '../domain/playbook';
import { versionElementId } from '../domain/versionIds';

/** For each element of `b` that is also in `a`: b's id → a's id (stages, steps and links alike). */
export type Matches = Map<string, string>;

/**
 * Pairs the elements of two playbooks. By id first; across one step of versions (one file's
 * playbook is the other's parent) by the ids a new version derives from its parent's; what is
 * left by a key that is unique on both sides — a stage by lane and name, a step by lane and
 * title, a link by kind and its matched ends — so a copy with fresh ids still compares.
 */
export function matchElements(a: PlaybookDoc, b: PlaybookDoc): Matches {
  const derived = lineageAliases(a, b);
  const toA = (bId: string, aIds: ReadonlySet<string>) => (aIds.has(bId) ? bId : derived.get(bId));
  const matches: Matches = new Map();

  const laneOfStage = (doc: PlaybookDoc) => new Map(doc.stages.map((s) => [s.id, s.lane]));
  pair(a.stages, b.stages, toA, (s) => `${s.lane}|${s.name}`, matches);

  const aLanes = laneOfStage(a);
  const bLanes = laneOfStage(b);
  pair(
    a.steps,
    b.steps,
    toA,
    (s, side) => `${(side === 'a' ? aLanes : bLanes).get(s.stageId)}|${s.title}`,
    matches,
  );

  pair(
    a.links,
    b.links,
    toA,
    (l, side) => (side === 'a' ? `${l.kind}|${l.sourceId}|${l.targetId}` : `${l.kind}|${matches.get(l.sourceId)}|${matches.get(l.targetId)}`),
    matches,
  );
  return matches;
}

/** b id → a id for elements one version derived from the other (see versionElementId). */
function lineageAliases(a: PlaybookDoc, b: PlaybookDoc): Map<string, string> {
  const aliases = new Map<string, string>();
  const idsOf = (doc: PlaybookDoc) => [...doc.stages, ...doc.steps, ...doc.links].map((e) => e.id);
  if (b.playbook.parentId === a.playbook.id) {
    for (const id of idsOf(a)) aliases.set(versionElementId(b.playbook.id, id), id);
  } else if (a.playbook.parentId === b.playbook.id) {
    for (const id of idsOf(b)) aliases.set(id, versionElementId(a.playbook.id, id));
  }
  return aliases;
}

function pair<T extends { id: string }>(
  as: readonly T[],
  bs: readonly T[],
  toA: (bId: string, aIds: ReadonlySet<string>) => string | undefined,
  key: (element: T, side: 'a' | 'b') => string,
  matches: Matches,
): void {
  const aIds = new Set(as.map((e) => e.id));
  const taken = new Set<string>();
  const rest: T[] = [];
  for (const element of bs) {
    const aId = toA(element.id, aIds);
    if (aId !== undefined && aIds.has(aId) && !taken.has(aId)) {
      matches.set(element.id, aId);
      taken.add(aId);
    } else {
      rest.push(element);
    }
  }
  const unique = (elements: readonly T[], side: 'a' | 'b') => {
    const byKey = new Map<string, T | null>();
    for (const e of elements) {
      const k = key(e, side);
      byKey.set(k, byKey.has(k) ? null : e);
    }
    return byKey;
  };
  const aByKey = unique(
    as.filter((e) => !taken.has(e.id)),
    'a',
  );
  for (const [k, element] of unique(rest, 'b')) {
    const partner = aByKey.get(k);
    if (element && partner) matches.set(element.id, partner.id);
  }
}
