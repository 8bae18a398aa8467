// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bezierPath } from '../canvas/bezier';
import { layoutCanvas } from '../canvas/geometry';
import { BUILT_IN_TEMPLATES } from '../templates';
import { instantiateTemplate } from '../templates/instantiate';
import { parseXml } from './parseXml.test-helper';
import { playbookToSvg } from './svg';

/** The last point of an SVG path's data ("M… C… x,y"). */
const endOf = (d: string) => {
  const [x, y] = d.trim().split(/[ C]/).pop()!.split(',').map(Number);
  return { x: x!, y: y! };
};

describe('mirror links in the drawn canvas (SVG, PNG, the HTML review document)', () => {
  for (const template of BUILT_IN_TEMPLATES) {
    it(`${template.name}: are drawn above every step, end on their own buyer step, and carry their label on their own line`, () => {
      const doc = instantiateTemplate(template, { newId: () => crypto.randomUUID(), now: '2026-01-01T00:00:00.000Z' });
      const root = parseXml(playbookToSvg(doc), 'image/svg+xml');
      const all = Array.from(root.querySelectorAll('*'));
      const lastStep = Math.max(...Array.from(root.querySelectorAll('.tandem-step'), (e) => all.indexOf(e)));
      const mirrors = Array.from(root.querySelectorAll('path.tandem-mirror'));
      const links = doc.links.filter((l) => l.kind === 'mirror');
      expect(mirrors).toHaveLength(links.length);
      const layout = layoutCanvas(doc);
      const labels = Array.from(root.querySelectorAll('text.tandem-edge-label'));
      mirrors.forEach((path, i) => {
        expect(all.indexOf(path)).toBeGreaterThan(lastStep);
        const buyer = layout.steps.find((b) => b.step.id === links[i]!.targetId)!;
        const end = endOf(path.getAttribute('d')!);
        expect(end.x).toBeCloseTo(buyer.x + buyer.width / 2, 0);
        expect(end.y).toBeCloseTo(buyer.y + buyer.height, 0);
        // The label is on this link's own curve: the curve passes through the label's centre.
        const label = labels[i]!;
        const x = Number(label.getAttribute('x'));
        const y = Number(label.getAttribute('y'));
        const seller = layout.steps.find((b) => b.step.id === links[i]!.sourceId)!;
        const { mid } = bezierPath({ from: { x: seller.x + seller.width / 2, y: seller.y }, fromSide: 'top', to: { x: end.x, y: end.y }, toSide: 'bottom' }, y);
        expect(Math.abs(mid.x - x)).toBeLessThan(0.5);
      });
    });
  }
});
