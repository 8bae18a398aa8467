import type { Lane, Link, PlaybookDoc, Step } from '../domain/playbook';

export interface ResolvedSequence {
  link: Link;
  lane: Lane;
  source: Step;
  target: Step;
}

export interface ResolvedMirror {
  link: Link;
  seller: Step;
  buyer: Step;
}

export interface ResolvedLinks {
  laneOf: ReadonlyMap<string, Lane>;
  stepById: ReadonlyMap<string, Step>;
  sequences: ResolvedSequence[];
  mirrors: ResolvedMirror[];
}

/**
 * Pairs each link with the steps it joins, keeping only links that mean what their kind says
 * (sequence: two steps of one lane; mirror: seller → buyer). Analyses and exporters read links
 * through here so a dangling or misdirected link in an imported file is ignored rather than
 * drawn or counted wrongly; `findIntegrityProblems` is where such links are reported.
 */
export function resolveLinks(doc: Pick<PlaybookDoc, 'stages' | 'steps' | 'links'>): ResolvedLinks {
  const stageLane = new Map(doc.stages.map((s) => [s.id, s.lane] as const));
  const laneOf = new Map<string, Lane>();
  const stepById = new Map<string, Step>();
  for (const step of doc.steps) {
    const lane = stageLane.get(step.stageId);
    if (!lane || stepById.has(step.id)) continue;
    laneOf.set(step.id, lane);
    stepById.set(step.id, step);
  }
  const sequences: ResolvedSequence[] = [];
  const mirrors: ResolvedMirror[] = [];
  for (const link of doc.links) {
    const source = stepById.get(link.sourceId);
    const target = stepById.get(link.targetId);
    if (!source || !target || source === target) continue;
    const sourceLane = laneOf.get(source.id)!;
    const targetLane = laneOf.get(target.id)!;
    if (link.kind === 'sequence' && sourceLane === targetLane) {
      sequences.push({ link, lane: sourceLane, source, target });
    } else if (link.kind === 'mirror' && sourceLane === 'seller' && targetLane === 'buyer') {
      mirrors.push({ link, seller: source, buyer: target });
    }
  }
  return { laneOf, stepById, sequences, mirrors };
}
