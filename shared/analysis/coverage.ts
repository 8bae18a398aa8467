import type { PlaybookDoc } from '../domain/playbook';
import { resolveLinks } from './resolveLinks';

export interface Coverage {
  buyerSteps: number;
  sellerSteps: number;
  /** Buyer steps that at least one seller step mirrors. */
  supportedBuyerSteps: number;
  /** Buyer steps nothing on the seller side serves: where the buyer is left alone. */
  unsupportedBuyerStepIds: string[];
  /** Seller steps with no mirror link: work no buyer step asks for. */
  sellerCentricStepIds: string[];
  /**
   * Share of buyer steps supported, 0..1. With no buyer steps it is 0, not 1: a playbook
   * that has not drawn the buyer's journey mirrors nothing, and must not read as "fully covered".
   */
  coverage: number;
  mirrorLinks: number;
  sequenceEdges: number;
}

/**
 * How well the seller's process mirrors the buyer's journey. Both relations ("supports" and
 * "verifies") count as serving a buyer step: either way a seller step exists because of it.
 * Steps in a missing stage and links that do not fit their kind are left out (see resolveLinks).
 * Id lists keep the document's step order.
 */
export function computeCoverage(doc: Pick<PlaybookDoc, 'stages' | 'steps' | 'links'>): Coverage {
  const { laneOf, mirrors, sequences } = resolveLinks(doc);
  const supported = new Set<string>();
  const mirroring = new Set<string>();
  for (const m of mirrors) {
    supported.add(m.buyer.id);
    mirroring.add(m.seller.id);
  }
  const buyerIds: string[] = [];
  const sellerIds: string[] = [];
  for (const [id, lane] of laneOf) (lane === 'buyer' ? buyerIds : sellerIds).push(id);

  const unsupportedBuyerStepIds = buyerIds.filter((id) => !supported.has(id));
  const supportedBuyerSteps = buyerIds.length - unsupportedBuyerStepIds.length;
  return {
    buyerSteps: buyerIds.length,
    sellerSteps: sellerIds.length,
    supportedBuyerSteps,
    unsupportedBuyerStepIds,
    sellerCentricStepIds: sellerIds.filter((id) => !mirroring.has(id)),
    coverage: buyerIds.length === 0 ? 0 : supportedBuyerSteps / buyerIds.length,
    mirrorLinks: mirrors.length,
    sequenceEdges: sequences.length,
  };
}
