// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../domain/playbook';
import { layoutCanvas } from '../canvas/geometry';
import { buildDoc, HOSTILE_TITLE, hostileDoc } from './fixtures.test-helper';
import { parseXml } from './parseXml.test-helper';
import { playbookToSvg } from './svg';

describe('playbookToSvg', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  let svg: string;
  let root: Element;
  beforeEach(() => {
    doc = hostileDoc();
    svg = playbookToSvg(doc);
    root = parseXml(svg, 'image/svg+xml');
  });
  const texts = (selector: string) => Array.from(root.querySelectorAll(selector), (e) => e.textContent ?? '');

  it('is well-formed SVG with no script, event handler, foreign content or external reference', () => {
    expect(root.tagName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelectorAll('script, foreignObject, image, use, a').length).toBe(0);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name).not.toMatch(/^on|href$/i);
        expect(attr.value).not.toMatch(/https?:|javascript:|data:/i);
        if (/url\(/.test(attr.value)) expect(attr.value).toMatch(/^url\(#tandem-[a-z-]+\)$/);
      }
    }
    expect(svg).not.toMatch(/@import|url\((?!#)/);
  });

  it('escapes hostile text rather than letting it become markup', () => {
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain(']]>');
    expect(svg).toContain('&quot;]]&gt;--&amp;');
    expect(texts('.tandem-step > title')).toContain(HOSTILE_TITLE);
    expect(texts('.tandem-step > title').some((t) => t.includes('\u0000'))).toBe(false);
  });

  it('draws both lanes labelled, buyer above seller, with layoutCanvas geometry', () => {
    const layout = layoutCanvas(doc);
    expect(texts('.tandem-lane-label')).toEqual(['Buyer journey', 'Seller process']);
    const laneRects = Array.from(root.querySelectorAll('.tandem-lane > rect'));
    expect(laneRects.map((r) => Number(r.getAttribute('y')))).toEqual([layout.lanes.buyer.y, layout.lanes.seller.y]);
    expect(Number(laneRects[0]!.getAttribute('height'))).toBe(layout.lanes.buyer.height);
    const stageRects = Array.from(root.querySelectorAll('.tandem-stage > rect'));
    expect(stageRects).toHaveLength(doc.stages.length);
    expect(stageRects.map((r) => Number(r.getAttribute('x')))).toEqual(layout.stages.map((s) => s.x));
    expect(texts('.tandem-stage > title')).toEqual(layout.stages.map((s) => s.stage.name));
    const stepRects = Array.from(root.querySelectorAll('.tandem-step > rect'));
    expect(stepRects.map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('y'))])).toEqual(layout.steps.map((s) => [s.x, s.y]));
  });

  it('fits every step in the view box, even one placed outside its column', () => {
    const [vx, vy, vw, vh] = root.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    for (const s of layoutCanvas(doc).steps) {
      expect(s.x).toBeGreaterThanOrEqual(vx);
      expect(s.y).toBeGreaterThanOrEqual(vy);
      expect(s.x + s.width).toBeLessThanOrEqual(vx + vw);
      expect(s.y + s.height).toBeLessThanOrEqual(vy + vh);
    }
  });

  it('draws sequence edges and mirror links solid with an arrow, mirror links with their relation', () => {
    const sequences = Array.from(root.querySelectorAll('path.tandem-sequence'));
    const mirrors = Array.from(root.querySelectorAll('path.tandem-mirror'));
    expect(sequences).toHaveLength(3);
    expect(mirrors).toHaveLength(3);
    for (const p of sequences) {
      expect(p.getAttribute('stroke-dasharray')).toBeNull();
      expect(p.getAttribute('marker-end')).toBe('url(#tandem-arrow-sequence)');
    }
    for (const p of mirrors) expect(p.getAttribute('marker-end')).toBe('url(#tandem-arrow-mirror)');
    expect(texts('text.tandem-edge-label').sort()).toEqual(['supports', 'supports', 'verifies']);
  });

  it('draws in the app\'s colours, with a legend that explains them', () => {
    const buyerStep = root.querySelector('.tandem-lane-buyer ~ .tandem-step rect, .tandem-step rect')!;
    expect(svg).toContain('#2f6fdb');
    expect(svg).toContain('#b7581a');
    expect(buyerStep).toBeTruthy();
    expect(root.querySelector('path.tandem-mirror')!.getAttribute('stroke')).toBe('#7a5af8');
    expect(texts('text.tandem-legend')).toEqual(['Buyer step', 'Seller step', 'Required (thick border)', 'Next in sequence', 'Mirror link (supports / verifies)']);
  });

  it('wraps long titles and truncates them with an ellipsis', () => {
    const long = hostileDoc();
    long.steps[0]!.title = 'A very long step title that keeps going well past what one box can show in three lines of text';
    const lines = Array.from(parseXml(playbookToSvg(long), 'image/svg+xml').querySelectorAll('.tandem-step-title'))[0]!.querySelectorAll('tspan');
    expect(lines).toHaveLength(3);
    expect(lines[2]!.textContent!.endsWith('…')).toBe(true);
  });

  it('carries only system fonts in its style', () => {
    const style = root.querySelector('style')!.textContent!;
    expect(style).toContain('system-ui');
    expect(style).not.toMatch(/@font-face|url\(/);
  });
});

describe('playbookToSvg, mark by mark', () => {
  const longTitle = 'Pain <now> and a longer title that wraps';
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  let layout: ReturnType<typeof layoutCanvas>;
  let root: Element;
  beforeEach(() => {
    doc = buildDoc({
      name: 'P & Q',
      buyer: [
        { name: 'Frame the problem with everyone who buys, at length', expectedDays: 14, alwaysOn: true, revisitable: true, steps: [{ title: longTitle, required: true }] },
        { name: 'Plain', steps: [{ title: 'Next' }] },
      ],
      seller: [{ name: 'S', steps: [{ title: 'Disc' }] }],
      sequences: [[longTitle, 'Next']],
      mirrors: [['Disc', longTitle, 'verifies']],
    });
    layout = layoutCanvas(doc);
    root = parseXml(playbookToSvg(doc), 'image/svg+xml');
  });
  const attrs = (el: Element | null | undefined, ...names: string[]) => names.map((name) => el?.getAttribute(name));

  it('frames the drawing with 32 px around it and room for the legend below', () => {
    expect(attrs(root, 'width', 'height', 'viewBox')).toEqual(['668', '804', '-32 -32 668 804']);
    expect(layout.width).toBe(604);
    expect(layout.height).toBe(688);
    expect(root.querySelector('title')!.textContent).toBe('P & Q');
    // Each lane's name in the middle of its label strip.
    const labels = Array.from(root.querySelectorAll('.tandem-lane-label'), (t) => attrs(t, 'x', 'y', 'transform'));
    const middle = (lane: 'buyer' | 'seller') => String(layout.lanes[lane].y + layout.lanes[lane].height / 2);
    expect(labels).toEqual([
      ['22', middle('buyer'), `rotate(-90 22 ${middle('buyer')})`],
      ['22', middle('seller'), `rotate(-90 22 ${middle('seller')})`],
    ]);
  });

  it('names each stage on one line inside its header, with its flags below and a dashed border when always on', () => {
    const [frame, plain] = Array.from(root.querySelectorAll('g.tandem-stage'));
    const box = layout.stages[0]!;
    expect(frame!.querySelector('title')!.textContent).toBe('Frame the problem with everyone who buys, at length');
    // (280 - 24) / 8 = 32 characters fit in a 280 px column.
    expect(frame!.querySelector('.tandem-stage-name')!.textContent).toBe('Frame the problem with everyone…');
    expect(attrs(frame!.querySelector('.tandem-stage-name'), 'x', 'y')).toEqual([String(box.x + 12), String(box.y + 18)]);
    expect(frame!.querySelector('.tandem-stage-flags')!.textContent).toBe('always on · revisitable · 14 d');
    expect(attrs(frame!.querySelector('.tandem-stage-flags'), 'x', 'y')).toEqual([String(box.x + 12), String(box.y + 33)]);
    expect(attrs(frame!.querySelector('line'), 'x1', 'y1', 'x2', 'y2')).toEqual(['44', '40', '324', '40']);
    expect(frame!.querySelector('rect')!.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(plain!.querySelector('rect')!.getAttribute('stroke-dasharray')).toBe('none');
    expect(plain!.querySelector('.tandem-stage-flags')).toBeNull();
  });

  it('leaves the name of a stage with a blank name empty', () => {
    const blank = buildDoc({ buyer: [{ name: '  ', steps: [] }], seller: [] });
    const stage = parseXml(playbookToSvg(blank), 'image/svg+xml').querySelector('g.tandem-stage .tandem-stage-name')!;
    expect(stage.textContent).toBe('');
  });

  it('centres a step title on its lines and marks a required step with a thick border and a dot', () => {
    const [required, optional] = Array.from(root.querySelectorAll('g.tandem-step'));
    const box = layout.steps[0]!;
    expect(required!.getAttribute('class')).toBe('tandem-step tandem-required');
    expect(optional!.getAttribute('class')).toBe('tandem-step');
    expect(required!.querySelector('title')!.textContent).toBe(longTitle);
    const lines = Array.from(required!.querySelectorAll('tspan'), (t) => [t.textContent, t.getAttribute('x'), t.getAttribute('y')]);
    const centre = String(box.x + box.width / 2);
    expect(lines).toEqual([
      ['Pain <now> and a longer', centre, String(box.y + box.height / 2 - 8)],
      ['title that wraps', centre, String(box.y + box.height / 2 + 8)],
    ]);
    expect(Array.from(optional!.querySelectorAll('tspan'), (t) => t.getAttribute('y'))).toEqual([String(layout.steps[1]!.y + layout.steps[1]!.height / 2)]);
    expect(required!.querySelector('rect')!.getAttribute('stroke-width')).toBe('2.5');
    expect(optional!.querySelector('rect')!.getAttribute('stroke-width')).toBe('1.25');
    expect(attrs(required!.querySelector('circle.tandem-required-dot'), 'cx', 'cy')).toEqual([String(box.x + 10), String(box.y + 10)]);
    expect(optional!.querySelector('circle')).toBeNull();
  });

  it('puts a mirror label in a box sized to its word, centred on the curve', () => {
    const label = root.querySelector('g.tandem-edge-label')!;
    const [x, y] = attrs(label.querySelector('text'), 'x', 'y').map(Number);
    expect(label.querySelector('text')!.textContent).toBe('verifies');
    expect(attrs(label.querySelector('rect'), 'x', 'y', 'width', 'height')).toEqual([String(x! - 29), String(y! - 7), '58', '14']);
  });

  it('lays the legend out in two rows without overlaps', () => {
    const legend = Array.from(root.querySelectorAll('text.tandem-legend'), (t) => [t.textContent, t.getAttribute('x'), t.getAttribute('y')]);
    expect(legend).toEqual([
      ['Buyer step', '30', '714'],
      ['Seller step', '150', '714'],
      ['Required (thick border)', '261', '714'],
      ['Next in sequence', '44', '738'],
      ['Mirror link (supports / verifies)', '220', '738'],
    ]);
    expect(attrs(root.querySelector('g.tandem-legend > circle'), 'cx', 'cy')).toEqual(['251', '714']);
    expect(Array.from(root.querySelectorAll('g.tandem-legend > line'), (l) => l.getAttribute('x1'))).toEqual(['0', '176', '176']);
  });
});

