import { describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { findTemplate } from '../../shared/templates/index';
import { domainFromDoc } from '../editor/domain';
import { laneNodeId, syncEdges, syncNodes } from './flowModel';

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
