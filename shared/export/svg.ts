import { layoutCanvas, GEOMETRY } from '../canvas/geometry';
import type { LaneBox, Rect, StageBox, StepBox } from '../canvas/geometry';
import type { PlaybookDoc } from '../domain/playbook';
import { resolveLinks } from '../analysis/resolveLinks';
import { bezierPath } from '../canvas/bezier';
import { mirrorEnds, sequenceEnds } from '../canvas/edgeSides';
import { placeMirrorLabels } from '../canvas/mirrorLabels';
import { drawingBounds, wrapText } from './drawing';
import { escapeXml } from './escape';
import { LANE_LABELS, relationOf } from './outline';

// Room for edge curves that bulge past the outermost boxes (loop-backs leave sideways).
const PAD = 32;
const LEGEND_HEIGHT = 52;
/** The app's colours (renderer/styles.css), so a reviewer sees the canvas they were told about. */
export const CANVAS_COLORS = {
  buyer: { lane: '#eef4ff', stroke: '#a9c1ea', step: '#ffffff', stepStroke: '#2f6fdb' },
  seller: { lane: '#fff4ec', stroke: '#e9bf9f', step: '#ffffff', stepStroke: '#b7581a' },
  sequence: '#6b7a99',
  mirror: '#7a5af8',
  mirrorText: '#5b3fd6',
  required: '#b42318',
  text: '#1d2433',
  muted: '#5c667a',
} as const;
const COLORS = CANVAS_COLORS;

// Fonts only, and scoped under the root class: when the SVG sits inline in the HTML export its
// <style> applies to the whole page. Colours are presentation attributes so viewers that ignore
// <style> (some converters, office suites) still draw it right.
const STYLE = [
  '.tandem-canvas text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}',
  '.tandem-canvas .tandem-lane-label{font-size:14px;font-weight:600;letter-spacing:.02em}',
  '.tandem-canvas .tandem-stage-name{font-size:14px;font-weight:600}',
  '.tandem-canvas .tandem-stage-flags{font-size:11px}',
  '.tandem-canvas .tandem-step-title{font-size:13px}',
  '.tandem-canvas .tandem-edge-label{font-size:10px}',
  '.tandem-canvas .tandem-legend{font-size:12px}',
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
    (box.step.required ? `<circle class="tandem-required-dot" cx="${n(box.x + 10)}" cy="${n(box.y + 10)}" r="3.5" fill="${COLORS.required}"/>` : '') +
    `</g>`
  );
}

interface EdgeLabel {
  x: number;
  y: number;
  width: number;
  text: string;
}

const LABEL_HEIGHT = 14;

function drawLabel(label: EdgeLabel): string {
  return (
    `<g class="tandem-edge-label"><rect x="${n(label.x - label.width / 2)}" y="${n(label.y - LABEL_HEIGHT / 2)}" width="${n(label.width)}" height="${LABEL_HEIGHT}" rx="3" fill="#ffffff" stroke="${COLORS.mirror}" stroke-width="0.75"/>` +
    `<text class="tandem-edge-label" x="${n(label.x)}" y="${n(label.y)}" text-anchor="middle" dominant-baseline="central" fill="${COLORS.mirrorText}">${escapeXml(label.text)}</text></g>`
  );
}

function marker(id: string, color: string): string {
  return (
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse" markerUnits="strokeWidth">` +
    `<path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`
  );
}

/** What the colours and marks mean, in a row below the drawing: the file is read away from the app. */
function drawLegend(x: number, top: number): string {
  const items: string[] = [];
  let at = x;
  let y = top + 10;
  const text = (label: string, dx: number) => `<text class="tandem-legend" x="${n(at + dx)}" y="${n(y)}" dominant-baseline="central" fill="${COLORS.text}">${escapeXml(label)}</text>`;
  const step = (lane: 'buyer' | 'seller', label: string) => {
    items.push(`<rect x="${n(at)}" y="${n(y - 8)}" width="24" height="16" rx="3" fill="#ffffff" stroke="${COLORS[lane].stepStroke}" stroke-width="1.5"/>`, text(label, 30));
    at += 30 + label.length * 7 + 20;
  };
  const line = (color: string, markerId: string, label: string, casing: boolean) => {
    if (casing) items.push(`<line x1="${n(at)}" y1="${n(y)}" x2="${n(at + 36)}" y2="${n(y)}" stroke="#ffffff" stroke-width="4"/>`);
    items.push(`<line x1="${n(at)}" y1="${n(y)}" x2="${n(at + 36)}" y2="${n(y)}" stroke="${color}" stroke-width="1.5" marker-end="url(#${markerId})"/>`, text(label, 44));
    at += 44 + label.length * 7 + 20;
  };
  step('buyer', 'Buyer step');
  step('seller', 'Seller step');
  items.push(`<circle cx="${n(at + 4)}" cy="${n(y)}" r="3.5" fill="${COLORS.required}"/>`, text('Required (thick border)', 14));
  // Two short rows, so the legend fits the narrowest drawing (600 px).
  at = x;
  y += 24;
  line(COLORS.sequence, 'tandem-arrow-sequence', 'Next in sequence', false);
  line(COLORS.mirror, 'tandem-arrow-mirror', 'Mirror link (supports / verifies)', true);
  return `<g class="tandem-legend">${items.join('')}</g>`;
}

/**
 * The playbook's canvas as one standalone SVG, drawn from layoutCanvas so it matches the app:
 * buyer lane above seller lane, stage columns, step boxes, sequence edges solid with an arrow,
 * mirror links above the steps with an arrowhead on their buyer step and their relation, and a legend. No scripts, no external references;
 * every playbook string is escaped. The same markup is inlined in the HTML export.
 */
export function playbookToSvg(doc: PlaybookDoc): string {
  const layout = layoutCanvas(doc);
  const bounds = drawingBounds(layout);
  const view = { x: bounds.x - PAD, y: bounds.y - PAD, width: bounds.width + PAD * 2, height: bounds.height + PAD * 2 + LEGEND_HEIGHT };
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

  // Sequence edges run beneath the steps; mirror links run above them, as on the app's canvas: a
  // mirror link drawn beneath a card would seem to end on it.
  for (const s of sequences) {
    const a = boxById.get(s.source.id);
    const b = boxById.get(s.target.id);
    if (!a || !b) continue;
    const { d } = bezierPath(sequenceEnds(a, b));
    parts.push(`<path class="tandem-sequence" d="${d}" fill="none" stroke="${COLORS.sequence}" stroke-width="1.5" marker-end="url(#tandem-arrow-sequence)"/>`);
  }
  for (const box of layout.steps) parts.push(drawStep(box));

  const gapMiddle = (layout.lanes.buyer.y + layout.lanes.buyer.height + layout.lanes.seller.y) / 2;
  const drawn = mirrors.flatMap((m) => {
    const a = boxById.get(m.seller.id);
    const b = boxById.get(m.buyer.id);
    return a && b ? [{ id: m.link.id, ends: mirrorEnds(a, b), relation: relationOf(m.link) }] : [];
  });
  const rows = placeMirrorLabels(
    drawn.map((m) => ({ id: m.id, from: m.ends.from, to: m.ends.to, text: m.relation })),
    gapMiddle,
  );
  const labels: EdgeLabel[] = [];
  for (const m of drawn) {
    const { d, mid } = bezierPath(m.ends, rows.get(m.id) ?? gapMiddle);
    // A white casing keeps the line readable where it crosses another step.
    parts.push(
      `<path class="tandem-mirror-casing" d="${d}" fill="none" stroke="#ffffff" stroke-width="4" stroke-opacity="0.9"/>`,
      `<path class="tandem-mirror" d="${d}" fill="none" stroke="${COLORS.mirror}" stroke-width="1.5" marker-end="url(#tandem-arrow-mirror)"/>`,
    );
    labels.push({ x: mid.x, y: mid.y, width: m.relation.length * 6 + 10, text: m.relation });
  }
  parts.push(...labels.map(drawLabel), drawLegend(bounds.x, bounds.y + bounds.height + PAD / 2), '</svg>');
  return parts.join('\n');
}
