import { layoutCanvas, GEOMETRY } from '../canvas/geometry';
import type { LaneBox, Rect, StageBox, StepBox } from '../canvas/geometry';
import type { PlaybookDoc } from '../domain/playbook';
import { resolveLinks } from '../analysis/resolveLinks';
import { mirrorEnds, sequenceEnds } from '../canvas/edgeSides';
import { bezierPath, drawingBounds, wrapText } from './drawing';
import { escapeXml } from './escape';
import { LANE_LABELS, relationOf } from './outline';

// Room for edge curves that bulge past the outermost boxes (loop-backs leave sideways).
const PAD = 32;
const COLORS = {
  buyer: { lane: '#eef4ff', stroke: '#9db4e0', step: '#ffffff', stepStroke: '#3b6fd1' },
  seller: { lane: '#effaf3', stroke: '#9fd1b0', step: '#ffffff', stepStroke: '#2f8f55' },
  sequence: '#4b5563',
  mirror: '#b45309',
  text: '#111827',
  muted: '#4b5563',
} as const;

// Fonts only, and scoped under the root class: when the SVG sits inline in the HTML export its
// <style> applies to the whole page. Colours are presentation attributes so viewers that ignore
// <style> (some converters, office suites) still draw it right.
const STYLE = [
  '.tandem-canvas text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}',
  '.tandem-canvas .tandem-lane-label{font-size:14px;font-weight:600;letter-spacing:.02em}',
  '.tandem-canvas .tandem-stage-name{font-size:14px;font-weight:600}',
  '.tandem-canvas .tandem-stage-flags{font-size:11px}',
  '.tandem-canvas .tandem-step-title{font-size:13px}',
  '.tandem-canvas .tandem-edge-label{font-size:11px;font-style:italic}',
].join('');

const n = (v: number) => String(Math.round(v * 10) / 10);
const rectAttrs = (r: Rect) => `x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}"`;

function drawLane(box: LaneBox): string {
  const c = COLORS[box.lane];
  const cx = GEOMETRY.laneLabelWidth / 2;
  const cy = box.y + box.height / 2;
  return (
    `<g class="tandem-lane tandem-lane-${box.lane}">` +
    `<rect ${rectAttrs(box)} rx="6" fill="${c.lane}" stroke="${c.stroke}"/>` +
    `<text class="tandem-lane-label" x="${n(cx)}" y="${n(cy)}" transform="rotate(-90 ${n(cx)} ${n(cy)})" text-anchor="middle" dominant-baseline="middle" fill="${COLORS.text}">${escapeXml(LANE_LABELS[box.lane])}</text>` +
    `</g>`
  );
}

function drawStage(box: StageBox): string {
  const c = COLORS[box.stage.lane];
  const maxChars = Math.max(4, Math.floor((box.width - 24) / 8));
  const [name = ''] = wrapText(box.stage.name, maxChars, 1);
  const flags = [box.stage.alwaysOn ? 'always on' : '', box.stage.revisitable ? 'revisitable' : '', box.stage.expectedDays !== null ? `${box.stage.expectedDays} d` : '']
    .filter(Boolean)
    .join(' · ');
  return (
    `<g class="tandem-stage">` +
    `<title>${escapeXml(box.stage.name)}</title>` +
    `<rect ${rectAttrs(box)} fill="none" stroke="${c.stroke}" stroke-dasharray="${box.stage.alwaysOn ? '6 4' : 'none'}"/>` +
    `<line x1="${n(box.x)}" y1="${n(box.y + GEOMETRY.stageHeaderHeight)}" x2="${n(box.x + box.width)}" y2="${n(box.y + GEOMETRY.stageHeaderHeight)}" stroke="${c.stroke}"/>` +
    `<text class="tandem-stage-name" x="${n(box.x + 12)}" y="${n(box.y + 18)}" fill="${COLORS.text}">${escapeXml(name)}</text>` +
    (flags ? `<text class="tandem-stage-flags" x="${n(box.x + 12)}" y="${n(box.y + 33)}" fill="${COLORS.muted}">${escapeXml(flags)}</text>` : '') +
    `</g>`
  );
}

function drawStep(box: StepBox): string {
  const c = COLORS[box.lane];
  const lines = wrapText(box.step.title, 26, 3);
  const lineHeight = 16;
  const top = box.y + box.height / 2 - ((lines.length - 1) * lineHeight) / 2;
  const tspans = lines
    .map((line, i) => `<tspan x="${n(box.x + box.width / 2)}" y="${n(top + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return (
    `<g class="tandem-step${box.step.required ? ' tandem-required' : ''}">` +
    `<title>${escapeXml(box.step.title)}</title>` +
    `<rect ${rectAttrs(box)} rx="8" fill="${c.step}" stroke="${c.stepStroke}" stroke-width="${box.step.required ? 2.5 : 1.25}"/>` +
    `<text class="tandem-step-title" text-anchor="middle" dominant-baseline="middle" fill="${COLORS.text}">${tspans}</text>` +
    `</g>`
  );
}

interface EdgeLabel {
  x: number;
  y: number;
  width: number;
  text: string;
}

const LABEL_HEIGHT = 18;

/**
 * Mirror links often cross the lane gap close together; labels that would overlap there are
 * moved to a second row, and only when both rows are taken, sideways.
 */
function spreadLabels(labels: EdgeLabel[], gapMiddle: number): EdgeLabel[] {
  const rows = [gapMiddle - LABEL_HEIGHT / 2 - 1, gapMiddle + LABEL_HEIGHT / 2 + 1];
  const rightEdge = rows.map(() => Number.NEGATIVE_INFINITY);
  return [...labels]
    .sort((a, b) => a.x - b.x)
    .map((label) => {
      if (label.y !== gapMiddle) return label;
      const left = label.x - label.width / 2;
      let row = rightEdge.findIndex((edge) => edge + 2 <= left);
      let x = label.x;
      if (row === -1) {
        row = rightEdge[0]! <= rightEdge[1]! ? 0 : 1;
        x = rightEdge[row]! + 2 + label.width / 2;
      }
      rightEdge[row] = x + label.width / 2;
      return { ...label, x, y: rows[row]! };
    });
}

function drawLabel(label: EdgeLabel): string {
  return (
    `<g class="tandem-edge-label"><rect x="${n(label.x - label.width / 2)}" y="${n(label.y - LABEL_HEIGHT / 2)}" width="${n(label.width)}" height="${LABEL_HEIGHT}" rx="4" fill="#ffffff" stroke="${COLORS.mirror}" stroke-width="0.75"/>` +
    `<text class="tandem-edge-label" x="${n(label.x)}" y="${n(label.y)}" text-anchor="middle" dominant-baseline="central" fill="${COLORS.mirror}">${escapeXml(label.text)}</text></g>`
  );
}

function marker(id: string, color: string): string {
  return (
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse" markerUnits="strokeWidth">` +
    `<path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`
  );
}

/**
 * The playbook's canvas as one standalone SVG, drawn from layoutCanvas so it matches the app:
 * buyer lane above seller lane, stage columns, step boxes, sequence edges solid with an arrow,
 * mirror links dashed and labelled with their relation. No scripts, no external references;
 * every playbook string is escaped. The same markup is inlined in the HTML export.
 */
export function playbookToSvg(doc: PlaybookDoc): string {
  const layout = layoutCanvas(doc);
  const bounds = drawingBounds(layout);
  const view = { x: bounds.x - PAD, y: bounds.y - PAD, width: bounds.width + PAD * 2, height: bounds.height + PAD * 2 };
  const boxById = new Map(layout.steps.map((b) => [b.step.id, b] as const));
  const { sequences, mirrors } = resolveLinks(doc);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="tandem-canvas" width="${n(view.width)}" height="${n(view.height)}" viewBox="${n(view.x)} ${n(view.y)} ${n(view.width)} ${n(view.height)}" role="img" aria-labelledby="tandem-canvas-title">`,
    `<title id="tandem-canvas-title">${escapeXml(doc.playbook.name)}</title>`,
    `<style>${STYLE}</style>`,
    `<defs>${marker('tandem-arrow-sequence', COLORS.sequence)}${marker('tandem-arrow-mirror', COLORS.mirror)}</defs>`,
    `<rect x="${n(view.x)}" y="${n(view.y)}" width="${n(view.width)}" height="${n(view.height)}" fill="#ffffff"/>`,
  );
  parts.push(drawLane(layout.lanes.buyer), drawLane(layout.lanes.seller));
  for (const box of layout.stages) parts.push(drawStage(box));

  // Edges go beneath the steps, as on the app's canvas (React Flow draws edges under nodes), so
  // step titles stay legible where links cross; relation labels go above everything.
  const labels: EdgeLabel[] = [];
  const gapMiddle = (layout.lanes.buyer.y + layout.lanes.buyer.height + layout.lanes.seller.y) / 2;
  for (const s of sequences) {
    const a = boxById.get(s.source.id);
    const b = boxById.get(s.target.id);
    if (!a || !b) continue;
    const { d } = bezierPath(sequenceEnds(a, b));
    parts.push(`<path class="tandem-sequence" d="${d}" fill="none" stroke="${COLORS.sequence}" stroke-width="1.5" marker-end="url(#tandem-arrow-sequence)"/>`);
  }
  for (const m of mirrors) {
    const a = boxById.get(m.seller.id);
    const b = boxById.get(m.buyer.id);
    if (!a || !b) continue;
    const relation = relationOf(m.link);
    const { d, mid } = bezierPath(mirrorEnds(a, b), gapMiddle);
    parts.push(`<path class="tandem-mirror" d="${d}" fill="none" stroke="${COLORS.mirror}" stroke-width="1.5" stroke-dasharray="6 4" marker-end="url(#tandem-arrow-mirror)"/>`);
    labels.push({ x: mid.x, y: mid.y, width: relation.length * 6.5 + 10, text: relation });
  }
  for (const box of layout.steps) parts.push(drawStep(box));
  parts.push(...spreadLabels(labels, gapMiddle).map(drawLabel), '</svg>');
  return parts.join('\n');
}
