import { layoutCanvas } from '../canvas/geometry';
import type { Rect } from '../canvas/geometry';
import type { Lane, PlaybookDoc, Step } from '../domain/playbook';
import { resolveLinks } from '../analysis/resolveLinks';
import { mirrorEnds, sequenceEnds } from '../canvas/edgeSides';
import { enclosingBoxes, orthogonalRoute } from './drawing';
import type { Point } from '../canvas/edgeSides';
import { escapeXml as x } from './escape';
import { LANE_LABELS, outlinePlaybook, relationOf } from './outline';
import { createXmlIdAllocator } from './xmlIds';

export const BPMN_NAMESPACES = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
} as const;

const bounds = (r: Rect) => `<dc:Bounds x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" />`;
const waypoints = (points: Point[]) => points.map((p) => `<di:waypoint x="${p.x}" y="${p.y}" />`).join('');
const documentation = (text: string, indent: string) =>
  text.trim() ? `${indent}<bpmn:documentation>${x(text)}</bpmn:documentation>\n` : '';

function taskDocumentation(step: Step): string {
  const criteria = step.exitCriteria.map((c) => `- [${c.actor}] ${c.statement}`);
  return [step.description.trim(), criteria.length ? `Exit criteria:\n${criteria.join('\n')}` : ''].filter(Boolean).join('\n\n');
}

/**
 * The playbook as BPMN 2.0 XML, so process tools (bpmn.io, Camunda Modeler, Signavio) can open it.
 *
 * Mapping: the buyer journey and the seller process are two pools (participants) of one
 * collaboration, each with its own process; steps are tasks; sequence edges are sequence flows
 * inside a process; mirror links are message flows between pools, from the seller task to the
 * buyer task, named by their relation. Tandem's stages are columns, while BPMN lanes are
 * normally bands across a pool; we keep Tandem's picture rather than BPMN's convention: each
 * stage is a lane whose shape is its column box, which BPMN tools draw where the bounds say.
 * All shapes come from layoutCanvas, so the diagram looks like the app's canvas.
 */
export function playbookToBpmn(doc: PlaybookDoc): string {
  const ids = createXmlIdAllocator();
  const definitionsId = ids.unique('Definitions_tandem');
  const collaborationId = ids.unique('Collaboration_tandem');
  const processId = { buyer: ids.unique('Process_buyer'), seller: ids.unique('Process_seller') };
  const participantId = { buyer: ids.unique('Participant_buyer'), seller: ids.unique('Participant_seller') };

  const layout = layoutCanvas(doc);
  const boxes = enclosingBoxes(layout);
  const outline = outlinePlaybook(doc);
  const { sequences, mirrors } = resolveLinks(doc);
  const placed = new Set(layout.steps.map((b) => b.step.id));

  const taskId = (step: Step) => ids.idFor('Task', step.id);
  // Keyed by the link object, and always fresh, so even two links sharing an id get two flows.
  const flowId = new Map(sequences.map((s) => [s.link, ids.unique(`Flow_${s.link.id}`)] as const));
  const messageId = new Map(mirrors.map((m) => [m.link, ids.unique(`MessageFlow_${m.link.id}`)] as const));
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const s of sequences) {
    push(outgoing, s.source.id, flowId.get(s.link)!);
    push(incoming, s.target.id, flowId.get(s.link)!);
  }

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<bpmn:definitions xmlns:bpmn="${BPMN_NAMESPACES.bpmn}" xmlns:bpmndi="${BPMN_NAMESPACES.bpmndi}" xmlns:dc="${BPMN_NAMESPACES.dc}" xmlns:di="${BPMN_NAMESPACES.di}" id="${definitionsId}" targetNamespace="urn:tandem:playbook" exporter="Tandem" exporterVersion="1">`,
    `  <bpmn:collaboration id="${collaborationId}">`,
  ];
  for (const lane of ['buyer', 'seller'] as const) {
    out.push(`    <bpmn:participant id="${participantId[lane]}" name="${x(LANE_LABELS[lane])}" processRef="${processId[lane]}" />`);
  }
  for (const m of mirrors) {
    const rationale = documentation(m.link.rationale, '      ');
    const open = `    <bpmn:messageFlow id="${messageId.get(m.link)}" name="${relationOf(m.link)}" sourceRef="${taskId(m.seller)}" targetRef="${taskId(m.buyer)}"`;
    out.push(rationale ? `${open}>\n${rationale}    </bpmn:messageFlow>` : `${open} />`);
  }
  out.push('  </bpmn:collaboration>');

  const laneShapes: string[] = [];
  for (const { lane, stages } of outline) {
    out.push(`  <bpmn:process id="${processId[lane]}" name="${x(LANE_LABELS[lane])}" isExecutable="false">`);
    if (stages.length) {
      out.push(`    <bpmn:laneSet id="${ids.unique(`LaneSet_${lane}`)}">`);
      for (const { stage, steps } of stages) {
        const laneId = ids.idFor('Lane', stage.id);
        const criteria = stage.exitCriteria.map((c) => `- [${c.actor}] ${c.statement}`).join('\n');
        out.push(`      <bpmn:lane id="${laneId}" name="${x(stage.name)}">`);
        out.push(documentation(criteria ? `Exit criteria:\n${criteria}` : '', '        ').trimEnd());
        // Stryker disable next-line ConditionalExpression: the outline and the layout place the same steps, those whose stage exists.
        for (const step of steps) if (placed.has(step.id)) out.push(`        <bpmn:flowNodeRef>${taskId(step)}</bpmn:flowNodeRef>`);
        out.push('      </bpmn:lane>');
        laneShapes.push(`      <bpmndi:BPMNShape id="${ids.unique(`${laneId}_di`)}" bpmnElement="${laneId}" isHorizontal="true">${bounds(boxes.stages.get(stage.id)!)}</bpmndi:BPMNShape>`);
      }
      out.push('    </bpmn:laneSet>');
    }
    for (const { steps } of stages) {
      for (const step of steps) {
        // Stryker disable next-line ConditionalExpression,BooleanLiteral: the outline and the layout place the same steps, those whose stage exists.
        if (!placed.has(step.id)) continue;
        out.push(`    <bpmn:task id="${taskId(step)}" name="${x(step.title)}">`);
        out.push(documentation(taskDocumentation(step), '      ').trimEnd());
        for (const f of incoming.get(step.id) ?? []) out.push(`      <bpmn:incoming>${f}</bpmn:incoming>`);
        for (const f of outgoing.get(step.id) ?? []) out.push(`      <bpmn:outgoing>${f}</bpmn:outgoing>`);
        out.push('    </bpmn:task>');
      }
    }
    for (const s of sequences) {
      if (s.lane !== lane) continue;
      out.push(`    <bpmn:sequenceFlow id="${flowId.get(s.link)}" sourceRef="${taskId(s.source)}" targetRef="${taskId(s.target)}" />`);
    }
    out.push('  </bpmn:process>');
  }

  out.push(`  <bpmndi:BPMNDiagram id="${ids.unique('BPMNDiagram_tandem')}">`);
  out.push(`    <bpmndi:BPMNPlane id="${ids.unique('BPMNPlane_tandem')}" bpmnElement="${collaborationId}">`);
  for (const lane of ['buyer', 'seller'] as Lane[]) {
    out.push(`      <bpmndi:BPMNShape id="${ids.unique(`${participantId[lane]}_di`)}" bpmnElement="${participantId[lane]}" isHorizontal="true">${bounds(boxes.lanes[lane])}</bpmndi:BPMNShape>`);
  }
  out.push(...laneShapes);
  for (const box of layout.steps) {
    const id = taskId(box.step);
    out.push(`      <bpmndi:BPMNShape id="${ids.unique(`${id}_di`)}" bpmnElement="${id}">${bounds(boxes.steps.get(box.step.id)!)}</bpmndi:BPMNShape>`);
  }
  for (const s of sequences) {
    const a = boxes.steps.get(s.source.id)!;
    const b = boxes.steps.get(s.target.id)!;
    const id = flowId.get(s.link)!;
    out.push(`      <bpmndi:BPMNEdge id="${ids.unique(`${id}_di`)}" bpmnElement="${id}">${waypoints(orthogonalRoute(sequenceEnds(a, b), a, b))}</bpmndi:BPMNEdge>`);
  }
  for (const m of mirrors) {
    const a = boxes.steps.get(m.seller.id)!;
    const b = boxes.steps.get(m.buyer.id)!;
    const id = messageId.get(m.link)!;
    out.push(`      <bpmndi:BPMNEdge id="${ids.unique(`${id}_di`)}" bpmnElement="${id}">${waypoints(orthogonalRoute(mirrorEnds(a, b), a, b))}</bpmndi:BPMNEdge>`);
  }
  out.push('    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>', '</bpmn:definitions>');
  // Optional parts (documentation) push '' when absent.
  return out.filter(Boolean).join('\n') + '\n';
}
