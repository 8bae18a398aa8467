import { newStep } from '../../../shared/domain/newStep';
import type { Lane, Link, PlaybookDoc, Stage, Step } from '../../../shared/domain/playbook';

const NOW = '2025-01-15T09:30:00.000Z';

const stage = (id: string, lane: Lane, name: string, order: number): Stage => ({
  id,
  lane,
  name,
  order,
  width: 280,
  expectedDays: null,
  alwaysOn: false,
  revisitable: false,
  exitCriteria: [],
});

const step = (id: string, stageId: string, title: string, y = 60): Step => newStep({ id, stageId, title, x: 40, y });

const sequence = (id: string, sourceId: string, targetId: string): Link => ({
  id,
  kind: 'sequence',
  sourceId,
  targetId,
  relation: null,
  rationale: '',
});

/** A small valid playbook: two stages per lane, a few steps, one mirror link. */
export function samplePlaybook(): PlaybookDoc {
  return {
    playbook: {
      id: 'pb-1',
      name: 'Sample playbook',
      motion: 'New logo',
      description: 'A small playbook for tests.',
      version: 1,
      status: 'draft',
      parentId: null,
      templateId: null,
      createdAt: NOW,
      updatedAt: NOW,
    },
    viewport: { x: 0, y: 0, zoom: 1 },
    stages: [
      stage('sb-1', 'buyer', 'Problem identification', 0),
      stage('sb-2', 'buyer', 'Solution exploration', 1),
      stage('ss-1', 'seller', 'Discover', 0),
      stage('ss-2', 'seller', 'Propose', 1),
    ],
    steps: [
      step('b-1', 'sb-1', 'Agree the problem is worth solving'),
      step('b-2', 'sb-2', 'Shortlist approaches'),
      step('s-1', 'ss-1', 'Run discovery call'),
      step('s-2', 'ss-2', 'Share reference architecture'),
    ],
    links: [
      sequence('l-1', 'b-1', 'b-2'),
      sequence('l-2', 's-1', 's-2'),
      { id: 'l-3', kind: 'mirror', sourceId: 's-1', targetId: 'b-1', relation: 'supports', rationale: 'Discovery frames the problem.' },
    ],
    assumptions: [],
  };
}

/**
 * A deterministic playbook of any size, for caps, stress and benchmarks: `stagesPerLane` stages
 * in each lane, steps dealt round-robin into them, each lane's steps chained in sequence and
 * every seller step mirroring the buyer step with the same index.
 */
export function bigPlaybook(options: { steps: number; stagesPerLane?: number }): PlaybookDoc {
  const stagesPerLane = options.stagesPerLane ?? 6;
  const doc = samplePlaybook();
  doc.stages = [];
  doc.steps = [];
  doc.links = [];
  for (const lane of ['buyer', 'seller'] as const) {
    for (let i = 0; i < stagesPerLane; i++) doc.stages.push(stage(`${lane}-stage-${i}`, lane, `${lane} stage ${i + 1}`, i));
  }
  const laneOf = (i: number): Lane => (i % 2 === 0 ? 'buyer' : 'seller');
  const previous: Partial<Record<Lane, string>> = {};
  const buyerByIndex: string[] = [];
  for (let i = 0; i < options.steps; i++) {
    const lane = laneOf(i);
    const laneIndex = Math.floor(i / 2);
    const id = `step-${i}`;
    doc.steps.push(step(id, `${lane}-stage-${laneIndex % stagesPerLane}`, `Step ${i}`, 60 + (laneIndex % 50) * 100));
    const before = previous[lane];
    if (before) doc.links.push(sequence(`seq-${i}`, before, id));
    previous[lane] = id;
    if (lane === 'buyer') buyerByIndex[laneIndex] = id;
    else if (buyerByIndex[laneIndex]) {
      doc.links.push({ id: `mirror-${i}`, kind: 'mirror', sourceId: id, targetId: buyerByIndex[laneIndex]!, relation: 'supports', rationale: '' });
    }
  }
  return doc;
}

/** A .tandem envelope around a body, as plain JSON (no serializer), for hand-built hostile files. */
export function envelope(playbook: unknown, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'tandem',
    formatVersion: 1,
    kind: 'playbook',
    exportedAt: NOW,
    app: 'Tandem 0.1.0',
    playbook,
    ...overrides,
  };
}
