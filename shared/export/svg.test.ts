// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { layoutCanvas } from '../canvas/geometry';
import { HOSTILE_TITLE, hostileDoc } from './fixtures.test-helper';
import { parseXml } from './parseXml.test-helper';
import { playbookToSvg } from './svg';

describe('playbookToSvg', () => {
  const doc = hostileDoc();
  const svg = playbookToSvg(doc);
  const root = parseXml(svg, 'image/svg+xml');
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
