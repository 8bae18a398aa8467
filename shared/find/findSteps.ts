import type { Lane, Stage, Step } from '../domain/playbook';

const LANE_ORDER: Record<Lane, number> = { buyer: 0, seller: 1 };

/** What a step is found by: its title first, then the words around it a user remembers it by. */
const searchable = (step: Step) =>
  [step.title, step.description, ...step.roles, ...step.techniques.map((t) => `${t.framework} ${t.name}`), ...step.exitCriteria.map((c) => c.statement)].join('\n').toLocaleLowerCase();

/**
 * The steps whose text holds the query (case-insensitive), in reading order: buyer lane before
 * seller, stage by stage left to right, then top to bottom and left to right inside a stage, so
 * "next" walks the canvas the way the eye does.
 */
export function findSteps(query: string, steps: Record<string, Step>, stages: Record<string, Stage>): string[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  const hits: Array<{ step: Step; stage: Stage }> = [];
  for (const step of Object.values(steps)) {
    const stage = stages[step.stageId];
    if (stage && searchable(step).includes(needle)) hits.push({ step, stage });
  }
  hits.sort((a, b) => LANE_ORDER[a.stage.lane] - LANE_ORDER[b.stage.lane] || a.stage.order - b.stage.order || a.step.y - b.step.y || a.step.x - b.step.x || a.step.id.localeCompare(b.step.id));
  return hits.map((h) => h.step.id);
}
