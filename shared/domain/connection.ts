import type { Lane, Link, LinkKind } from './playbook';

export interface ConnectionEnds {
  sourceId: string;
  targetId: string;
}

/** The links a playbook already has, as keys from linkKey: looking one up is constant time. */
export type LinkIndex = ReadonlySet<string>;

export const linkKey = (kind: LinkKind, sourceId: string, targetId: string) => `${kind}\u0000${sourceId}\u0000${targetId}`;

export function indexLinks(links: Iterable<Pick<Link, 'kind' | 'sourceId' | 'targetId'>>): Set<string> {
  const index = new Set<string>();
  for (const l of links) index.add(linkKey(l.kind, l.sourceId, l.targetId));
  return index;
}

export type ConnectionVerdict =
  | { ok: true; kind: LinkKind; sourceId: string; targetId: string }
  | { ok: false; reason: string };

/**
 * Decides what joining two steps means. Within a lane it is a sequence edge; across lanes it is a
 * mirror link, always stored seller → buyer so "which seller step supports this buyer step" has
 * one direction to look in. Anything else is refused with a reason the user can read.
 */
export function judgeConnection(
  ends: ConnectionEnds,
  laneOf: (stepId: string) => Lane | undefined,
  existing: LinkIndex,
): ConnectionVerdict {
  const { sourceId, targetId } = ends;
  if (sourceId === targetId) return { ok: false, reason: 'A step cannot be linked to itself.' };
  const sourceLane = laneOf(sourceId);
  const targetLane = laneOf(targetId);
  if (!sourceLane || !targetLane) return { ok: false, reason: 'Both ends must be steps of this playbook.' };

  if (sourceLane === targetLane) {
    if (existing.has(linkKey('sequence', sourceId, targetId))) return { ok: false, reason: 'These steps are already connected in sequence.' };
    return { ok: true, kind: 'sequence', sourceId, targetId };
  }

  const seller = sourceLane === 'seller' ? sourceId : targetId;
  const buyer = sourceLane === 'buyer' ? sourceId : targetId;
  if (existing.has(linkKey('mirror', seller, buyer))) return { ok: false, reason: 'This seller step already mirrors that buyer step.' };
  return { ok: true, kind: 'mirror', sourceId: seller, targetId: buyer };
}
