import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../domain/playbook';
import { stripInvalidXmlChars } from './escape';
import { layoutCanvas } from '../canvas/geometry';
import { buildDoc, hostileDoc, largeDoc } from './fixtures.test-helper';
import { playbookToJsonCanvas } from './jsonCanvas';

type Json = Record<string, unknown>;

const NODE_KEYS: Record<string, { required: string[]; optional: string[] }> = {
  text: { required: ['id', 'type', 'x', 'y', 'width', 'height', 'text'], optional: ['color'] },
  group: { required: ['id', 'type', 'x', 'y', 'width', 'height'], optional: ['color', 'label', 'background', 'backgroundStyle'] },
};
const EDGE_KEYS = { required: ['id', 'fromNode', 'toNode'], optional: ['fromSide', 'fromEnd', 'toSide', 'toEnd', 'color', 'label'] };
const SIDES = ['top', 'right', 'bottom', 'left'];
const ENDS = ['none', 'arrow'];
const isColor = (c: unknown) => typeof c === 'string' && (/^[1-6]$/.test(c) || /^#[0-9a-fA-F]{6}$/.test(c));

function checkKeys(obj: Json, spec: { required: string[]; optional: string[] }) {
  for (const key of spec.required) expect(obj, `${String(obj.id)} lacks ${key}`).toHaveProperty(key);
  for (const key of Object.keys(obj)) expect([...spec.required, ...spec.optional], `${String(obj.id)} has ${key}`).toContain(key);
}

const encloses = (outer: Json, inner: Json) =>
  (outer.x as number) <= (inner.x as number) &&
  (outer.y as number) <= (inner.y as number) &&
  (outer.x as number) + (outer.width as number) >= (inner.x as number) + (inner.width as number) &&
  (outer.y as number) + (outer.height as number) >= (inner.y as number) + (inner.height as number);

describe('playbookToJsonCanvas', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  let text: string;
  let canvas: { nodes: Json[]; edges: Json[] };
  beforeEach(() => {
    doc = hostileDoc();
    text = playbookToJsonCanvas(doc);
    canvas = JSON.parse(text) as { nodes: Json[]; edges: Json[] };
  });

  it('is pretty-printed JSON with exactly nodes and edges', () => {
    expect(text).toContain('\n  "nodes": [');
    expect(Object.keys(canvas).sort()).toEqual(['edges', 'nodes']);
    expect(Array.isArray(canvas.nodes) && Array.isArray(canvas.edges)).toBe(true);
  });

  it('gives every node the fields the spec requires, with the right types', () => {
    for (const node of canvas.nodes) {
      const spec = NODE_KEYS[node.type as string];
      expect(spec, `type ${String(node.type)}`).toBeDefined();
      checkKeys(node, spec!);
      expect(typeof node.id).toBe('string');
      for (const k of ['x', 'y', 'width', 'height']) expect(Number.isInteger(node[k]), `${String(node.id)}.${k}`).toBe(true);
      expect(node.width as number).toBeGreaterThan(0);
      expect(node.height as number).toBeGreaterThan(0);
      if ('color' in node) expect(isColor(node.color)).toBe(true);
      if (node.type === 'text') expect(typeof node.text).toBe('string');
      if ('label' in node) expect(typeof node.label).toBe('string');
    }
  });

  it('gives every edge the required fields, valid sides and ends, and ends that exist', () => {
    const nodeIds = new Set(canvas.nodes.map((n) => n.id));
    for (const edge of canvas.edges) {
      checkKeys(edge, EDGE_KEYS);
      expect(nodeIds.has(edge.fromNode)).toBe(true);
      expect(nodeIds.has(edge.toNode)).toBe(true);
      for (const k of ['fromSide', 'toSide']) if (k in edge) expect(SIDES).toContain(edge[k]);
      for (const k of ['fromEnd', 'toEnd']) if (k in edge) expect(ENDS).toContain(edge[k]);
      expect(edge.toEnd).toBe('arrow');
      if ('color' in edge) expect(isColor(edge.color)).toBe(true);
    }
  });

  it('uses ids unique across nodes and edges', () => {
    const ids = [...canvas.nodes, ...canvas.edges].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a labelled group per lane and per stage, groups first (z-order), then a text node per step', () => {
    const groups = canvas.nodes.filter((n) => n.type === 'group');
    const texts = canvas.nodes.filter((n) => n.type === 'text');
    expect(groups).toHaveLength(2 + doc.stages.length);
    expect(texts).toHaveLength(doc.steps.length);
    expect(canvas.nodes.slice(0, groups.length).every((n) => n.type === 'group')).toBe(true);
    expect(groups.slice(0, 2).map((g) => g.label)).toEqual(['Buyer journey', 'Seller process']);
    expect(groups.slice(2).map((g) => g.label)).toEqual(layoutCanvas(doc).stages.map((s) => s.stage.name));
    expect((groups[0]!.y as number) < (groups[1]!.y as number)).toBe(true);
  });

  it('encloses every step in its stage group and every stage in its lane group, even a step outside its column', () => {
    const layout = layoutCanvas(doc);
    const laneGroup = { buyer: canvas.nodes[0]!, seller: canvas.nodes[1]! };
    const stageGroup = new Map(layout.stages.map((s, i) => [s.stage.id, canvas.nodes[2 + i]!] as const));
    const texts = canvas.nodes.filter((n) => n.type === 'text');
    layout.steps.forEach((box, i) => {
      const node = texts[i]!;
      expect([node.x, node.y, node.width, node.height]).toEqual([box.x, box.y, box.width, box.height]);
      expect(encloses(stageGroup.get(box.step.stageId)!, node), `step ${box.step.title}`).toBe(true);
      expect(encloses(laneGroup[box.lane], node)).toBe(true);
    });
    for (const s of layout.stages) expect(encloses(laneGroup[s.stage.lane], stageGroup.get(s.stage.id)!)).toBe(true);
  });

  it('writes step text as Markdown: bold escaped title, then the escaped description', () => {
    const texts = canvas.nodes.filter((n) => n.type === 'text').map((n) => n.text as string);
    expect(texts[0]).toBe('**\\<img src=x onerror=alert(1)\\>**\n\nline one "\\]\\]\\>--\\&\n\\- list?\n\n1\\. ordered?\n\\%\\%\\{init: \\{\\}\\}\\%\\%');
    expect(texts).toContain('**Co-build business case**');
    for (const t of texts) expect(t).not.toMatch(/(?<!\\)[<>]/);
    expect(text).not.toContain('\\u0000');
    expect(stripInvalidXmlChars(text)).toBe(text);
  });

  it('joins sequence edges at the sides the SVG uses, and mirror links seller top to buyer bottom, labelled', () => {
    const sequence = canvas.edges.filter((e) => !('label' in e));
    const mirror = canvas.edges.filter((e) => 'label' in e);
    expect(sequence).toHaveLength(3);
    expect(mirror.map((e) => e.label)).toEqual(['supports', 'verifies', 'supports']);
    // Stacked in one column: bottom → top; side by side (including the loop back): right → left.
    expect(sequence.map((e) => [e.fromSide, e.toSide])).toEqual([
      ['bottom', 'top'],
      ['right', 'left'],
      ['right', 'left'],
    ]);
    const seller = new Set(canvas.nodes.filter((n) => n.type === 'text' && n.color === '2').map((n) => n.id));
    for (const e of mirror) {
      expect([e.fromSide, e.toSide]).toEqual(['top', 'bottom']);
      expect(seller.has(e.fromNode)).toBe(true);
      expect(seller.has(e.toNode)).toBe(false);
    }
  });

  it('handles a large playbook', () => {
    const big = JSON.parse(playbookToJsonCanvas(largeDoc(1000))) as { nodes: Json[]; edges: Json[] };
    expect(big.nodes.filter((n) => n.type === 'text')).toHaveLength(2000);
  });
});

describe('playbookToJsonCanvas, field for field', () => {
  it('writes the nodes and edges of a small playbook exactly', () => {
    const doc = buildDoc({
      buyer: [{ name: 'B <1>', steps: [{ title: 'x <y>', description: 'd\n- e' }, { title: ' ' }] }],
      seller: [{ name: 'S', steps: [{ title: 'y' }] }],
      mirrors: [['y', 'x <y>', 'verifies']],
      sequences: [['x <y>', ' ']],
    });
    const text = playbookToJsonCanvas(doc);
    expect(text.startsWith('{\n  "nodes": [\n    {\n      "id": "lane-buyer",')).toBe(true);
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
    const canvas = JSON.parse(text) as { nodes: Json[]; edges: Json[] };
    const geometry = new Set(['x', 'y', 'width', 'height']);
    expect(canvas.nodes.map((n) => Object.fromEntries(Object.entries(n).filter(([k]) => !geometry.has(k))))).toEqual([
      { id: 'lane-buyer', type: 'group', label: 'Buyer journey', color: '5' },
      { id: 'lane-seller', type: 'group', label: 'Seller process', color: '2' },
      // A group label is plain text, not Markdown.
      { id: 'stage-1', type: 'group', label: 'B <1>', color: '5' },
      { id: 'stage-2', type: 'group', label: 'S', color: '2' },
      { id: 'step-1', type: 'text', text: '**x \\<y\\>**\n\nd\n\\- e', color: '5' },
      { id: 'step-2', type: 'text', text: '**Untitled step**', color: '5' },
      { id: 'step-3', type: 'text', text: '**y**', color: '2' },
    ]);
    expect(canvas.edges).toEqual([
      { id: 'edge-1', fromNode: 'step-1', fromSide: 'bottom', fromEnd: 'none', toNode: 'step-2', toSide: 'top', toEnd: 'arrow' },
      { id: 'edge-2', fromNode: 'step-3', fromSide: 'top', fromEnd: 'none', toNode: 'step-1', toSide: 'bottom', toEnd: 'arrow', color: '6', label: 'verifies' },
    ]);
  });
});
