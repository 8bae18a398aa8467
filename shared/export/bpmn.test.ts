// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../domain/playbook';
import { stripInvalidXmlChars } from './escape';
import { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from 'bpmn-moddle';
import { layoutCanvas } from '../canvas/geometry';
import { buildDoc, HOSTILE_TEXT, HOSTILE_TITLE, hostileDoc, largeDoc } from './fixtures.test-helper';
import { BPMN_NAMESPACES, playbookToBpmn } from './bpmn';
import { parseXml } from './parseXml.test-helper';

type El = ModdleElement & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function parse(xml: string) {
  const { rootElement, warnings, elementsById } = await new BpmnModdle().fromXML(xml);
  return { root: rootElement as El, warnings, byId: elementsById as Record<string, El> };
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

describe('playbookToBpmn', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let doc: PlaybookDoc;
  let xml: string;
  beforeEach(() => {
    doc = hostileDoc();
    xml = playbookToBpmn(doc);
  });

  it('is well-formed XML in the BPMN namespaces with valid, unique ids', () => {
    const root = parseXml(xml);
    expect(root.localName).toBe('definitions');
    expect(root.namespaceURI).toBe(BPMN_NAMESPACES.bpmn);
    for (const [prefix, uri] of Object.entries(BPMN_NAMESPACES)) expect(root.getAttribute(`xmlns:${prefix}`)).toBe(uri);
    const ids = Array.from(root.querySelectorAll('[id]'), (e) => e.getAttribute('id')!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(NCNAME);
  });

  it('parses with bpmn-moddle without warnings', async () => {
    const { warnings } = await parse(xml);
    expect(warnings).toEqual([]);
  });

  it('has one collaboration with two participants, each pointing at its process', async () => {
    const { root } = await parse(xml);
    const collaborations = root.rootElements.filter((e: El) => e.$type === 'bpmn:Collaboration');
    const processes = root.rootElements.filter((e: El) => e.$type === 'bpmn:Process');
    expect(collaborations).toHaveLength(1);
    expect(processes).toHaveLength(2);
    const participants = collaborations[0].participants as El[];
    expect(participants.map((p) => p.name)).toEqual(['Buyer journey', 'Seller process']);
    expect(participants.map((p) => p.processRef)).toEqual(processes);
  });

  it('makes every step a task in its lane process, with hostile names intact', async () => {
    const { root } = await parse(xml);
    const [buyer, seller] = root.rootElements.filter((e: El) => e.$type === 'bpmn:Process') as El[];
    const tasks = (p: El) => (p.flowElements as El[]).filter((e) => e.$type === 'bpmn:Task');
    expect(tasks(buyer!)).toHaveLength(3);
    expect(tasks(seller!)).toHaveLength(3);
    const names = [...tasks(buyer!), ...tasks(seller!)].map((t) => t.name);
    for (const step of doc.steps) expect(names).toContain(stripInvalidXmlChars(step.title));
    expect(names).toContain(HOSTILE_TITLE);
    expect(names).toContain(`Check references ${HOSTILE_TEXT} end`);
    const hostile = tasks(buyer!).find((t) => t.name === HOSTILE_TITLE)!;
    expect(hostile.documentation[0].text).toContain(`line one ${HOSTILE_TEXT}\n- list?`);
  });

  it('maps stages to lanes listing the tasks of that stage', async () => {
    const { root } = await parse(xml);
    const processes = root.rootElements.filter((e: El) => e.$type === 'bpmn:Process') as El[];
    const lanes = processes.flatMap((p) => (p.laneSets as El[]).flatMap((ls) => ls.lanes as El[]));
    expect(lanes.map((l) => l.name)).toEqual(layoutCanvas(doc).stages.map((s) => s.stage.name));
    const stepTitlesByStage = layoutCanvas(doc).stages.map((s) =>
      doc.steps.filter((step) => step.stageId === s.stage.id).map((step) => stripInvalidXmlChars(step.title)).sort(),
    );
    expect(lanes.map((l) => ((l.flowNodeRef ?? []) as El[]).map((t) => t.name).sort())).toEqual(stepTitlesByStage);
  });

  it('makes sequence edges sequence flows with incoming/outgoing on their tasks', async () => {
    const { root } = await parse(xml);
    const processes = root.rootElements.filter((e: El) => e.$type === 'bpmn:Process') as El[];
    const flows = processes.flatMap((p) => (p.flowElements as El[]).filter((e) => e.$type === 'bpmn:SequenceFlow'));
    expect(flows).toHaveLength(3);
    for (const f of flows) {
      expect(f.sourceRef.outgoing).toContain(f);
      expect(f.targetRef.incoming).toContain(f);
      const process = processes.find((p) => (p.flowElements as El[]).includes(f))!;
      expect(process.flowElements).toContain(f.sourceRef);
      expect(process.flowElements).toContain(f.targetRef);
    }
  });

  it('makes mirror links message flows from seller task to buyer task, named by relation', async () => {
    const { root } = await parse(xml);
    const collaboration = root.rootElements.find((e: El) => e.$type === 'bpmn:Collaboration') as El;
    const [buyer, seller] = root.rootElements.filter((e: El) => e.$type === 'bpmn:Process') as El[];
    const messages = collaboration.messageFlows as El[];
    expect(messages).toHaveLength(doc.links.filter((l) => l.kind === 'mirror').length);
    expect(messages.map((m) => m.name)).toEqual(['supports', 'verifies', 'supports']);
    for (const m of messages) {
      expect(seller!.flowElements).toContain(m.sourceRef);
      expect(buyer!.flowElements).toContain(m.targetRef);
      expect(m.documentation[0].text).toBe(`because ${HOSTILE_TEXT}`);
    }
  });

  it('draws a diagram of the collaboration with shapes and edges from layoutCanvas', async () => {
    const { root } = await parse(xml);
    const layout = layoutCanvas(doc);
    const diagrams = root.diagrams as El[];
    expect(diagrams).toHaveLength(1);
    const plane = diagrams[0]!.plane as El;
    expect(plane.bpmnElement.$type).toBe('bpmn:Collaboration');
    const shapes = plane.planeElement.filter((e: El) => e.$type === 'bpmndi:BPMNShape') as El[];
    const edges = plane.planeElement.filter((e: El) => e.$type === 'bpmndi:BPMNEdge') as El[];
    const ofType = (t: string) => shapes.filter((s) => s.bpmnElement.$type === t);
    expect(ofType('bpmn:Participant')).toHaveLength(2);
    expect(ofType('bpmn:Lane')).toHaveLength(doc.stages.length);
    expect(ofType('bpmn:Task')).toHaveLength(doc.steps.length);
    for (const s of [...ofType('bpmn:Participant'), ...ofType('bpmn:Lane')]) expect(s.isHorizontal).toBe(true);
    expect(edges).toHaveLength(6);
    for (const e of edges) {
      expect(e.waypoint.length).toBeGreaterThanOrEqual(2);
      expect(['bpmn:SequenceFlow', 'bpmn:MessageFlow']).toContain(e.bpmnElement.$type);
    }
    const pools = ofType('bpmn:Participant').map((s) => s.bounds);
    // Pools are the lane boxes; the seller pool widens to hold the step placed outside its column.
    expect(pools.map((b: El) => [b.x, b.y, b.width, b.height])).toEqual([
      [0, 0, layout.lanes.buyer.width, layout.lanes.buyer.height],
      [0, layout.lanes.seller.y, 724 + 200, layout.lanes.seller.height],
    ]);
    const laneBounds = ofType('bpmn:Lane').map((s) => s.bounds);
    expect(laneBounds.slice(0, 3).map((b: El) => [b.x, b.width])).toEqual(layout.stages.slice(0, 3).map((s) => [s.x, s.width]));
    const taskBounds = new Map(ofType('bpmn:Task').map((s) => [s.bpmnElement.name as string, s.bounds as El]));
    const hostile = layout.steps.find((s) => s.step.title === HOSTILE_TITLE)!;
    expect(taskBounds.get(HOSTILE_TITLE)).toMatchObject({ x: hostile.x, y: hostile.y, width: hostile.width, height: hostile.height });
    // Every task lies inside its pool, even one placed outside its column.
    for (const box of layout.steps) {
      const pool = pools[box.lane === 'buyer' ? 0 : 1];
      expect(box.x >= pool.x && box.x + box.width <= pool.x + pool.width && box.y >= pool.y && box.y + box.height <= pool.y + pool.height).toBe(true);
    }
  });

  it('makes valid, distinct NCName ids from hostile or colliding playbook ids', async () => {
    const odd = buildDoc({ buyer: [{ name: 'B', steps: [{ title: 'one' }, { title: 'two' }] }], seller: [{ name: 'S', steps: [{ title: 'three' }] }] });
    odd.steps[0]!.id = '1 <a>';
    odd.steps[1]!.id = '1_-a-';
    odd.steps[2]!.id = '1_<a>';
    odd.links.push({ id: '"x"', kind: 'mirror', sourceId: '1_<a>', targetId: '1 <a>', relation: 'supports', rationale: '' });
    odd.links.push({ id: 'x', kind: 'sequence', sourceId: '1 <a>', targetId: '1_-a-', relation: null, rationale: '' });
    const { warnings, root } = await parse(playbookToBpmn(odd));
    expect(warnings).toEqual([]);
    const ids = Array.from(parseXml(playbookToBpmn(odd)).querySelectorAll('[id]'), (e) => e.getAttribute('id')!);
    for (const id of ids) expect(id).toMatch(NCNAME);
    expect(new Set(ids).size).toBe(ids.length);
    const collaboration = root.rootElements.find((e: El) => e.$type === 'bpmn:Collaboration') as El;
    expect(collaboration.messageFlows[0].sourceRef.name).toBe('three');
  });

  it('documents a task with only a description, or only criteria, one per line, and a message flow with its rationale', () => {
    const doc = buildDoc({
      buyer: [
        {
          name: 'B',
          steps: [
            { title: 'Only text', description: 'Just this' },
            { title: 'Only criteria', exitCriteria: [{ statement: 'one', actor: 'buyer' }, { statement: 'two', actor: 'seller' }] },
          ],
        },
      ],
      seller: [{ name: 'S', steps: [{ title: 'Disc' }] }],
      mirrors: [['Disc', 'Only text']],
    });
    const xml = playbookToBpmn(doc);
    expect(xml).toContain(
      [
        '    <bpmn:messageFlow id="MessageFlow_id-8" name="supports" sourceRef="Task_id-7" targetRef="Task_id-2">',
        '      <bpmn:documentation>because &quot;]]&gt;--&amp;</bpmn:documentation>',
        '    </bpmn:messageFlow>',
        '  </bpmn:collaboration>',
      ].join('\n'),
    );
    expect(xml).toContain(
      [
        '    <bpmn:task id="Task_id-2" name="Only text">',
        '      <bpmn:documentation>Just this</bpmn:documentation>',
        '    </bpmn:task>',
        '    <bpmn:task id="Task_id-3" name="Only criteria">',
        '      <bpmn:documentation>Exit criteria:\n- [buyer] one\n- [seller] two</bpmn:documentation>',
        '    </bpmn:task>',
      ].join('\n'),
    );
  });

  it('writes an empty playbook that still parses cleanly', async () => {
    const empty = playbookToBpmn(buildDoc({ buyer: [], seller: [] }));
    const { warnings } = await parse(empty);
    expect(warnings).toEqual([]);
    // Two empty pools: no lane set without lanes.
    expect(empty.split('\n').slice(6, 10)).toEqual([
      '  <bpmn:process id="Process_buyer" name="Buyer journey" isExecutable="false">',
      '  </bpmn:process>',
      '  <bpmn:process id="Process_seller" name="Seller process" isExecutable="false">',
      '  </bpmn:process>',
    ]);
  });

  it('handles a large playbook', async () => {
    const big = largeDoc(1000);
    const { warnings, root } = await parse(playbookToBpmn(big));
    expect(warnings).toEqual([]);
    const tasks = (root.rootElements as El[]).flatMap((p) => ((p.flowElements ?? []) as El[]).filter((e) => e.$type === 'bpmn:Task'));
    expect(tasks).toHaveLength(2000);
  });

  it('writes exactly the model a BPMN modeler reads: documentation, flows and ids', () => {
    const small = buildDoc({
      buyer: [
        {
          name: 'Frame & scope',
          exitCriteria: [{ statement: 'Signed <ok>', actor: 'buyer' }, { statement: 'Recap', actor: 'seller' }],
          steps: [{ title: 'Pain', description: ' Why "now" ', exitCriteria: [{ statement: 'ok', actor: 'buyer' }] }, { title: 'Next' }],
        },
      ],
      seller: [{ name: 'S', steps: [{ title: 'Disc' }] }],
      sequences: [['Pain', 'Next']],
      mirrors: [['Disc', 'Pain', 'verifies']],
    });
    // A link without a rationale is a message flow without documentation.
    small.links[1]!.rationale = ' ';
    const out = playbookToBpmn(small);
    const [model, diagram] = out.split('  <bpmndi:BPMNDiagram');
    expect(model).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<bpmn:definitions xmlns:bpmn="${BPMN_NAMESPACES.bpmn}" xmlns:bpmndi="${BPMN_NAMESPACES.bpmndi}" xmlns:dc="${BPMN_NAMESPACES.dc}" xmlns:di="${BPMN_NAMESPACES.di}" id="Definitions_tandem" targetNamespace="urn:tandem:playbook" exporter="Tandem" exporterVersion="1">`,
        '  <bpmn:collaboration id="Collaboration_tandem">',
        '    <bpmn:participant id="Participant_buyer" name="Buyer journey" processRef="Process_buyer" />',
        '    <bpmn:participant id="Participant_seller" name="Seller process" processRef="Process_seller" />',
        '    <bpmn:messageFlow id="MessageFlow_id-10" name="verifies" sourceRef="Task_id-8" targetRef="Task_id-4" />',
        '  </bpmn:collaboration>',
        '  <bpmn:process id="Process_buyer" name="Buyer journey" isExecutable="false">',
        '    <bpmn:laneSet id="LaneSet_buyer">',
        '      <bpmn:lane id="Lane_id-1" name="Frame &amp; scope">',
        '        <bpmn:documentation>Exit criteria:\n- [buyer] Signed &lt;ok&gt;\n- [seller] Recap</bpmn:documentation>',
        '        <bpmn:flowNodeRef>Task_id-4</bpmn:flowNodeRef>',
        '        <bpmn:flowNodeRef>Task_id-6</bpmn:flowNodeRef>',
        '      </bpmn:lane>',
        '    </bpmn:laneSet>',
        '    <bpmn:task id="Task_id-4" name="Pain">',
        '      <bpmn:documentation>Why &quot;now&quot;\n\nExit criteria:\n- [buyer] ok</bpmn:documentation>',
        '      <bpmn:outgoing>Flow_id-9</bpmn:outgoing>',
        '    </bpmn:task>',
        '    <bpmn:task id="Task_id-6" name="Next">',
        '      <bpmn:incoming>Flow_id-9</bpmn:incoming>',
        '    </bpmn:task>',
        '    <bpmn:sequenceFlow id="Flow_id-9" sourceRef="Task_id-4" targetRef="Task_id-6" />',
        '  </bpmn:process>',
        '  <bpmn:process id="Process_seller" name="Seller process" isExecutable="false">',
        '    <bpmn:laneSet id="LaneSet_seller">',
        '      <bpmn:lane id="Lane_id-7" name="S">',
        '        <bpmn:flowNodeRef>Task_id-8</bpmn:flowNodeRef>',
        '      </bpmn:lane>',
        '    </bpmn:laneSet>',
        '    <bpmn:task id="Task_id-8" name="Disc">',
        '    </bpmn:task>',
        '  </bpmn:process>',
        '',
      ].join('\n'),
    );
    // The diagram's numbers are checked against layoutCanvas above; here which shape and edge is whose.
    expect(diagram!.replace(/<(dc:Bounds|di:waypoint) [^>]*\/>/g, '<$1/>')).toBe(
      [
        ' id="BPMNDiagram_tandem">',
        '    <bpmndi:BPMNPlane id="BPMNPlane_tandem" bpmnElement="Collaboration_tandem">',
        '      <bpmndi:BPMNShape id="Participant_buyer_di" bpmnElement="Participant_buyer" isHorizontal="true"><dc:Bounds/></bpmndi:BPMNShape>',
        '      <bpmndi:BPMNShape id="Participant_seller_di" bpmnElement="Participant_seller" isHorizontal="true"><dc:Bounds/></bpmndi:BPMNShape>',
        '      <bpmndi:BPMNShape id="Lane_id-1_di" bpmnElement="Lane_id-1" isHorizontal="true"><dc:Bounds/></bpmndi:BPMNShape>',
        '      <bpmndi:BPMNShape id="Lane_id-7_di" bpmnElement="Lane_id-7" isHorizontal="true"><dc:Bounds/></bpmndi:BPMNShape>',
        '      <bpmndi:BPMNShape id="Task_id-4_di" bpmnElement="Task_id-4"><dc:Bounds/></bpmndi:BPMNShape>',
        '      <bpmndi:BPMNShape id="Task_id-6_di" bpmnElement="Task_id-6"><dc:Bounds/></bpmndi:BPMNShape>',
        '      <bpmndi:BPMNShape id="Task_id-8_di" bpmnElement="Task_id-8"><dc:Bounds/></bpmndi:BPMNShape>',
        '      <bpmndi:BPMNEdge id="Flow_id-9_di" bpmnElement="Flow_id-9"><di:waypoint/><di:waypoint/></bpmndi:BPMNEdge>',
        '      <bpmndi:BPMNEdge id="MessageFlow_id-10_di" bpmnElement="MessageFlow_id-10"><di:waypoint/><di:waypoint/></bpmndi:BPMNEdge>',
        '    </bpmndi:BPMNPlane>',
        '  </bpmndi:BPMNDiagram>',
        '</bpmn:definitions>',
        '',
      ].join('\n'),
    );
    const task = /<dc:Bounds x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)" \/><\/bpmndi:BPMNShape>\n {6}<bpmndi:BPMNShape id="Task_id-6_di"/.exec(out)!;
    const pain = layoutCanvas(small).steps[0]!;
    expect(task.slice(1).map(Number)).toEqual([pain.x, pain.y, pain.width, pain.height]);
  });
});

