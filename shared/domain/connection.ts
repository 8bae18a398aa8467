import type { Lane, Link, LinkKind } from './playbook';

export interface ConnectionEnds {
  sourceId: string;
  targetId: string;
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
  existing: Iterable<Pick<Link, 'kind' | 'sourceId' | 'targetId'>>,
): ConnectionVerdict {
  const { sourceId, targetId } = ends;
  if (sourceId === targetId) return { ok: false, reason: 'A step cannot be linked to itself.' };
  const sourceLane = laneOf(sourceId);
  const targetLane = laneOf(targetId);
  if (!sourceLane || !targetLane) return { ok: false, reason: 'Both ends must be steps of this playbook.' };

  if (sourceLane === targetLane) {
    for (const link of existing) {
      if (link.kind === 'sequence' && link.sourceId === sourceId && link.targetId === targetId) {
        return { ok: false, reason: 'These steps are already connected in sequence.' };
      }
    }
    return { ok: true, kind: 'sequence', sourceId, targetId };
  }

  const seller = sourceLane === 'seller' ? sourceId : targetId;
  const buyer = sourceLane === 'buyer' ? sourceId : targetId;
  for (const link of existing) {
    if (link.kind === 'mirror' && link.sourceId === seller && link.targetId === buyer) {
      return { ok: false, reason: 'This seller step already mirrors that buyer step.' };
    }
  }
  return { ok: true, kind: 'mirror', sourceId: seller, targetId: buyer };
}
