import { describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { findTemplate } from '../../shared/templates/index';
import type { Step } from '../../shared/domain/playbook';
import { generatePlaybook } from '../../test/support/generate';
import { domainFromDoc, type Domain } from '../editor/domain';
import { flowWork, laneNodeId, syncEdges, syncNodes } from './flowModel';

let n = 0;
const doc = instantiateTemplate(findTemplate('b2b-saas-new-logo')!, { newId: () => `id${n++}`, now: '2026-01-01T00:00:00.000Z' });
const domain = domainFromDoc(doc);

describe('flow model', () => {
  it('puts both lanes first, then stage headers and steps inside their lane', () => {
    const nodes = syncNodes([], domain);
    expect(nodes.slice(0, 2).map((x) => x.id)).toEqual([laneNodeId('buyer'), laneNodeId('seller')]);
    expect(nodes.filter((x) => x.type === 'step')).toHaveLength(doc.steps.length);
    expect(nodes.filter((x) => x.type === 'stageHeader')).toHaveLength(doc.stages.length);
    for (const node of nodes.slice(2)) expect([laneNodeId('buyer'), laneNodeId('seller')]).toContain(node.parentId);
    const seller = nodes[1]!;
    expect(seller.position.y).toBeGreaterThanOrEqual(nodes[0]!.height!);
  });

  it('reuses every node object an edit did not touch, so React Flow re-renders only what changed', () => {
    const first = syncNodes([], domain);
    const step = doc.steps[3]!;
    const edited = { ...domain, steps: { ...domain.steps, [step.id]: { ...step, x: step.x + 10 } } };
    const second = syncNodes(first, edited);
    const changed = second.filter((node, i) => node !== first[i]).map((node) => node.id);
    expect(changed).toEqual([step.id]);
  });

  it('keeps the size React Flow measured on a moved card, so a drop does not make it measure the card again', () => {
    const step = doc.steps[3]!;
    const first = syncNodes([], domain).map((node) => (node.id === step.id ? { ...node, measured: { width: 200, height: 64 } } : node));
    const moved = { ...domain, steps: { ...domain.steps, [step.id]: { ...step, y: step.y + 40 } } };
    const node = syncNodes(first, moved).find((x) => x.id === step.id)!;
    expect(node.position.y).toBe(step.y + 40);
    expect(node.measured).toEqual({ width: 200, height: 64 });
  });

  it('draws mirror links in their own style with their relation as label, sequence edges with an arrow', () => {
    const edges = syncEdges([], domain);
    const mirror = edges.filter((e) => e.className === 'edge-mirror');
    expect(mirror).toHaveLength(doc.links.filter((l) => l.kind === 'mirror').length);
    for (const e of mirror) {
      expect(e.sourceHandle).toBe('top');
      expect(e.targetHandle).toBe('bottom');
      expect(['supports', 'verifies']).toContain(e.label);
    }
    const sequence = edges.filter((e) => e.className === 'edge-sequence');
    for (const e of sequence) {
      expect(e.markerEnd).toBeTruthy();
      expect(e.label).toBeUndefined();
    }
  });
});

describe('flow model after a change to some steps only', () => {
  const big = domainFromDoc(generatePlaybook({ steps: 300, seed: 7 }));
  const stepsOf = (lane: 'buyer' | 'seller') => Object.values(big.steps).filter((s) => big.stages[s.stageId]!.lane === lane);
  const withSteps = (base: Domain, ...changed: Step[]): Domain => ({ ...base, steps: { ...base.steps, ...Object.fromEntries(changed.map((s) => [s.id, s])) } });
  const buyer = stepsOf('buyer')[10]!;
  const seller = stepsOf('seller')[20]!;
  const otherStage = Object.values(big.stages).find((st) => st.lane === 'buyer' && st.id !== buyer.stageId)!;
  const lowest = Math.max(...stepsOf('buyer').map((s) => s.y));
  const changes: Array<[string, Domain]> = [
    ['a move within the column', withSteps(big, { ...buyer, y: buyer.y + 30 })],
    ['a move into another stage', withSteps(big, { ...buyer, stageId: otherStage.id, x: 20 })],
    ['a move below every buyer card (the lane grows)', withSteps(big, { ...buyer, y: lowest + 400 })],
    ['two steps at once, one in each lane', withSteps(big, { ...buyer, x: buyer.x + 5 }, { ...seller, y: seller.y + 60 })],
    ['a new title', withSteps(big, { ...seller, title: 'Send the mutual plan' })],
    ['nothing', { ...big, steps: { ...big.steps } }],
  ];

  it.each(changes)('%s gives exactly what a full pass gives', (_, after) => {
    const nodes = syncNodes([], big);
    const edges = syncEdges([], big);
    expect(syncNodes(nodes, after, big)).toEqual(syncNodes([], after));
    expect(syncEdges(edges, after, big)).toEqual(syncEdges([], after));
  });

  it('keeps every other node and edge object; of the edges, only the moved step’s links and labels that changed row are new', () => {
    const nodes = syncNodes([], big);
    const edges = syncEdges([], big);
    const after = withSteps(big, { ...seller, y: seller.y + 60 });
    const work = { ...flowWork };
    const nextNodes = syncNodes(nodes, after, big);
    expect(nextNodes.filter((n, i) => n !== nodes[i]).map((n) => n.id)).toEqual([seller.id]);
    const nextEdges = syncEdges(edges, after, big);
    const own = new Set(Object.values(big.links).filter((l) => l.sourceId === seller.id || l.targetId === seller.id).map((l) => l.id));
    // Only the moved card and its own links were worked out, not the other 299 cards and their links.
    expect(flowWork.steps - work.steps).toBe(1);
    expect(flowWork.links - work.links).toBe(own.size);
    for (const [i, edge] of nextEdges.entries()) {
      if (edge === edges[i] || own.has(edge.id)) continue;
      // Any other new edge is a mirror link whose label moved to another row, and only that.
      expect({ ...edge, data: undefined }).toEqual({ ...edges[i], data: undefined });
      expect(edge.data).not.toEqual(edges[i]!.data);
    }
  });

  it('puts back a card React Flow moved whose step did not change (a drag that snapped back)', () => {
    const nodes = syncNodes([], big).map((n) => (n.id === buyer.id ? { ...n, position: { x: n.position.x + 33, y: n.position.y + 70 } } : n));
    const after = withSteps(big, { ...seller, y: seller.y + 60 });
    expect(syncNodes(nodes, after, big)).toEqual(syncNodes([], after));
  });

  it('keeps the selection on the edges it rebuilds, as a full pass does', () => {
    const link = Object.values(big.links).find((l) => l.sourceId === seller.id || l.targetId === seller.id)!;
    const edges = syncEdges([], big).map((e) => (e.id === link.id ? { ...e, selected: true } : e));
    const after = withSteps(big, { ...seller, x: seller.x + 40, y: seller.y + 200 });
    expect(syncEdges(edges, after, big).find((e) => e.id === link.id)!.selected).toBe(true);
  });
});
