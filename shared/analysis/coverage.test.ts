import { describe, it, expect } from 'vitest';
import { computeCoverage } from './coverage';
import { buildDoc, hostileDoc, SELLER_CENTRIC_TITLE, UNSUPPORTED_TITLE } from '../export/fixtures.test-helper';
import type { PlaybookDoc } from '../domain/playbook';

const idOf = (doc: PlaybookDoc, title: string) => doc.steps.find((s) => s.title === title)!.id;

describe('computeCoverage', () => {
  it('counts supported and unsupported buyer steps and seller-centric seller steps', () => {
    const doc = hostileDoc();
    const c = computeCoverage(doc);
    expect(c.buyerSteps).toBe(3);
    expect(c.sellerSteps).toBe(3);
    expect(c.supportedBuyerSteps).toBe(2);
    expect(c.unsupportedBuyerStepIds).toEqual([idOf(doc, UNSUPPORTED_TITLE)]);
    expect(c.sellerCentricStepIds).toEqual([idOf(doc, SELLER_CENTRIC_TITLE)]);
    expect(c.coverage).toBeCloseTo(2 / 3);
    expect(c.mirrorLinks).toBe(3);
    expect(c.sequenceEdges).toBe(3);
  });

  it('counts "verifies" as serving the buyer step, and a step mirrored twice once', () => {
    const doc = buildDoc({
      buyer: [{ name: 'B', steps: [{ title: 'b1' }] }],
      seller: [{ name: 'S', steps: [{ title: 's1' }, { title: 's2' }] }],
      mirrors: [
        ['s1', 'b1', 'verifies'],
        ['s2', 'b1', 'supports'],
      ],
    });
    const c = computeCoverage(doc);
    expect(c.supportedBuyerSteps).toBe(1);
    expect(c.coverage).toBe(1);
    expect(c.sellerCentricStepIds).toEqual([]);
    expect(c.mirrorLinks).toBe(2);
  });

  it('is 0, not 1, when there are no buyer steps', () => {
    const doc = buildDoc({ buyer: [{ name: 'B', steps: [] }], seller: [{ name: 'S', steps: [{ title: 's1' }] }] });
    const c = computeCoverage(doc);
    expect(c.buyerSteps).toBe(0);
    expect(c.coverage).toBe(0);
    expect(c.sellerCentricStepIds).toHaveLength(1);
  });

  it('is 0 for an empty playbook', () => {
    const c = computeCoverage({ stages: [], steps: [], links: [] });
    expect(c).toEqual({
      buyerSteps: 0,
      sellerSteps: 0,
      supportedBuyerSteps: 0,
      unsupportedBuyerStepIds: [],
      sellerCentricStepIds: [],
      coverage: 0,
      mirrorLinks: 0,
      sequenceEdges: 0,
    });
  });

  it('ignores dangling, misdirected and cross-lane links, and steps of a missing stage', () => {
    const doc = buildDoc({
      buyer: [{ name: 'B', steps: [{ title: 'b1' }, { title: 'b2' }] }],
      seller: [{ name: 'S', steps: [{ title: 's1' }] }],
    });
    const [b1, b2, s1] = [idOf(doc, 'b1'), idOf(doc, 'b2'), idOf(doc, 's1')];
    const base = { relation: 'supports' as const, rationale: '' };
    doc.links.push(
      { id: 'l1', kind: 'mirror', sourceId: b1, targetId: s1, ...base }, // buyer → seller: wrong way round
      { id: 'l2', kind: 'mirror', sourceId: s1, targetId: 'nope', ...base },
      { id: 'l3', kind: 'mirror', sourceId: b1, targetId: b2, ...base }, // same lane
      { id: 'l4', kind: 'sequence', sourceId: s1, targetId: b1, ...base, relation: null }, // across lanes
      { id: 'l5', kind: 'sequence', sourceId: b1, targetId: b1, ...base, relation: null },
    );
    doc.steps.push({ ...doc.steps[0]!, id: 'orphan', stageId: 'missing' });
    const c = computeCoverage(doc);
    expect(c.buyerSteps).toBe(2);
    expect(c.mirrorLinks).toBe(0);
    expect(c.sequenceEdges).toBe(0);
    expect(c.coverage).toBe(0);
    expect(c.sellerCentricStepIds).toEqual([s1]);
  });
});
