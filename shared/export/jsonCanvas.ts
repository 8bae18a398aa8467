import { layoutCanvas } from '../canvas/geometry';
import type { Lane, PlaybookDoc } from '../domain/playbook';
import { resolveLinks } from '../analysis/resolveLinks';
import { sequenceEnds } from '../canvas/edgeSides';
import { enclosingBoxes } from './drawing';
import type { Side } from '../canvas/edgeSides';
import { escapeMarkdownBlock, escapeMarkdownInline, plainText } from './escape';
import { LANE_LABELS, relationOf } from './outline';

/** JSON Canvas 1.0 (https://jsoncanvas.org/spec/1.0/), the subset Tandem writes. */
interface CanvasNodeBase {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color?: string;
}
export interface CanvasGroupNode extends CanvasNodeBase {
  type: 'group';
  label?: string;
}
export interface CanvasTextNode extends CanvasNodeBase {
  type: 'text';
  text: string;
}
export type CanvasNode = CanvasGroupNode | CanvasTextNode;
export interface CanvasEdge {
  id: string;
  fromNode: string;
  fromSide?: Side;
  fromEnd?: 'none' | 'arrow';
  toNode: string;
  toSide?: Side;
  toEnd?: 'none' | 'arrow';
  color?: string;
  label?: string;
}
export interface JsonCanvas {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

/**
 * The app's colours, as the spec's presets ("5" cyan for the buyer's blue, "2" orange for the
 * seller, "6" purple for mirror links): a preset follows the reader's theme, light or dark.
 */
const LANE_COLOR: Record<Lane, string> = { buyer: '5', seller: '2' };
const MIRROR_COLOR = '6';

/**
 * The playbook as a JSON Canvas object with the app's geometry. Lanes and stages become groups
 * that enclose their steps (see enclosingBoxes); steps become text nodes whose Markdown is the
 * escaped title in bold and the description. Nodes are listed lanes, stages, steps because the
 * spec's array order is z-order. Ids are generated and unique across nodes and edges.
 */
export function playbookToJsonCanvasObject(doc: PlaybookDoc): JsonCanvas {
  const layout = layoutCanvas(doc);
  const boxes = enclosingBoxes(layout);
  const stepNodeId = new Map(layout.steps.map((box, i) => [box.step.id, `step-${i + 1}`] as const));

  const laneNodes: CanvasGroupNode[] = (['buyer', 'seller'] as const).map((lane) => ({
    id: `lane-${lane}`,
    type: 'group',
    label: LANE_LABELS[lane],
    ...boxes.lanes[lane],
    color: LANE_COLOR[lane],
  }));
  const stageNodes: CanvasGroupNode[] = layout.stages.map((box, i) => ({
    id: `stage-${i + 1}`,
    type: 'group',
    // Group labels are plain text; only characters no text format should carry are dropped.
    label: plainText(box.stage.name),
    ...boxes.stages.get(box.stage.id)!,
    color: LANE_COLOR[box.stage.lane],
  }));
  const stepNodes: CanvasTextNode[] = layout.steps.map((box) => {
    const title = `**${escapeMarkdownInline(box.step.title.trim() || 'Untitled step')}**`;
    const description = escapeMarkdownBlock(box.step.description);
    return {
      id: stepNodeId.get(box.step.id)!,
      type: 'text',
      text: description ? `${title}\n\n${description}` : title,
      ...boxes.steps.get(box.step.id)!,
      color: LANE_COLOR[box.lane],
    };
  });

  const { sequences, mirrors } = resolveLinks(doc);
  const edges: CanvasEdge[] = [];
  for (const s of sequences) {
    const fromNode = stepNodeId.get(s.source.id);
    const toNode = stepNodeId.get(s.target.id);
    if (!fromNode || !toNode) continue;
    const { fromSide, toSide } = sequenceEnds(boxes.steps.get(s.source.id)!, boxes.steps.get(s.target.id)!);
    edges.push({ id: `edge-${edges.length + 1}`, fromNode, fromSide, fromEnd: 'none', toNode, toSide, toEnd: 'arrow' });
  }
  for (const m of mirrors) {
    const fromNode = stepNodeId.get(m.seller.id);
    const toNode = stepNodeId.get(m.buyer.id);
    if (!fromNode || !toNode) continue;
    edges.push({
      id: `edge-${edges.length + 1}`,
      fromNode,
      fromSide: 'top',
      fromEnd: 'none',
      toNode,
      toSide: 'bottom',
      toEnd: 'arrow',
      color: MIRROR_COLOR,
      label: relationOf(m.link),
    });
  }
  return { nodes: [...laneNodes, ...stageNodes, ...stepNodes], edges };
}

/** The .canvas file's text: pretty-printed JSON. */
export function playbookToJsonCanvas(doc: PlaybookDoc): string {
  return JSON.stringify(playbookToJsonCanvasObject(doc), null, 2) + '\n';
}
