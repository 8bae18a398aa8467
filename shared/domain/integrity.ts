import { judgeConnection, linkKey } from './connection';
import type { Lane, PlaybookDoc } from './playbook';

/**
 * Rules a playbook must satisfy beyond field shapes: every reference resolves, ids are unique,
 * links mean what their kind says. Returns readable problems with where they are; empty means sound.
 */
export function findIntegrityProblems(doc: PlaybookDoc): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const unique = (id: string, where: string) => {
    if (seen.has(id)) problems.push(`${where}: id "${id}" is used more than once`);
    seen.add(id);
  };

  const stageLane = new Map<string, Lane>();
  const orders = new Map<Lane, number[]>([['buyer', []], ['seller', []]]);
  doc.stages.forEach((stage, i) => {
    unique(stage.id, `stages[${i}]`);
    stageLane.set(stage.id, stage.lane);
    orders.get(stage.lane)!.push(stage.order);
    stage.exitCriteria.forEach((c, j) => unique(c.id, `stages[${i}].exitCriteria[${j}]`));
  });
  for (const [lane, list] of orders) {
    const sorted = [...list].sort((a, b) => a - b);
    if (sorted.some((order, i) => order !== i)) {
      problems.push(`stages: ${lane} stage orders must run 0, 1, 2… without gaps or repeats`);
    }
  }

  const stepLane = new Map<string, Lane>();
  doc.steps.forEach((step, i) => {
    unique(step.id, `steps[${i}]`);
    const lane = stageLane.get(step.stageId);
    if (!lane) problems.push(`steps[${i}].stageId: no stage "${step.stageId}"`);
    else stepLane.set(step.id, lane);
    step.exitCriteria.forEach((c, j) => unique(c.id, `steps[${i}].exitCriteria[${j}]`));
  });

  const accepted = new Set<string>();
  doc.links.forEach((link, i) => {
    unique(link.id, `links[${i}]`);
    const verdict = judgeConnection(link, (id) => stepLane.get(id), accepted);
    if (!verdict.ok) problems.push(`links[${i}]: ${verdict.reason}`);
    else if (verdict.kind !== link.kind || verdict.sourceId !== link.sourceId) {
      problems.push(
        link.kind === 'mirror'
          ? `links[${i}]: a mirror link must go from a seller step to a buyer step`
          : `links[${i}]: a sequence edge must join two steps of the same lane`,
      );
    } else accepted.add(linkKey(link.kind, link.sourceId, link.targetId));
    if (link.kind === 'mirror' && link.relation === null) problems.push(`links[${i}].relation: a mirror link needs a relation`);
  });

  doc.assumptions.forEach((a, i) => unique(a.id, `assumptions[${i}]`));
  return problems;
}
