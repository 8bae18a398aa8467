import { slotPosition, GEOMETRY } from '../canvas/geometry';
import type { NewId } from '../domain/ids';
import type { ExitCriterion, Lane, Link, PlaybookDoc, Stage, Step } from '../domain/playbook';
import type { PlaybookTemplate, TemplateCriterion, TemplateStage } from './template';

export interface InstantiateOptions {
  newId: NewId;
  now: string;
  name?: string;
}

/** Makes a new playbook from a template: fresh ids, steps stacked in their stage columns, links resolved by key. */
export function instantiateTemplate(template: PlaybookTemplate, options: InstantiateOptions): PlaybookDoc {
  const { newId, now } = options;
  const stages: Stage[] = [];
  const steps: Step[] = [];
  const links: Link[] = [];
  const stepIdByKey = new Map<string, string>();
  const criteria = (list: TemplateCriterion[] | undefined): ExitCriterion[] =>
    (list ?? []).map((c) => ({ id: newId(), statement: c.statement, actor: c.actor }));

  const addLane = (lane: Lane, laneStages: TemplateStage[]) => {
    const chain: string[] = [];
    laneStages.forEach((ts, order) => {
      const stage: Stage = {
        id: newId(),
        lane,
        name: ts.name,
        order,
        width: GEOMETRY.defaultStageWidth,
        expectedDays: ts.expectedDays ?? null,
        alwaysOn: ts.alwaysOn ?? false,
        revisitable: ts.revisitable ?? false,
        exitCriteria: criteria(ts.exitCriteria),
      };
      stages.push(stage);
      ts.steps.forEach((tstep, index) => {
        if (stepIdByKey.has(tstep.key)) throw new Error(`Template ${template.id}: step key "${tstep.key}" is used twice`);
        const id = newId();
        stepIdByKey.set(tstep.key, id);
        steps.push({
          id,
          stageId: stage.id,
          title: tstep.title,
          description: tstep.description,
          required: tstep.required ?? false,
          expectedDays: tstep.expectedDays ?? null,
          roles: tstep.roles ?? [],
          techniques: tstep.techniques ?? [],
          contentLinks: [],
          exitCriteria: criteria(tstep.exitCriteria),
          ...slotPosition(index),
        });
        if (!stage.alwaysOn) chain.push(id);
      });
    });
    for (let i = 1; i < chain.length; i++) {
      links.push({ id: newId(), kind: 'sequence', sourceId: chain[i - 1]!, targetId: chain[i]!, relation: null, rationale: '' });
    }
  };
  addLane('buyer', template.buyer);
  addLane('seller', template.seller);

  const stepId = (key: string) => {
    const id = stepIdByKey.get(key);
    if (!id) throw new Error(`Template ${template.id}: no step with key "${key}"`);
    return id;
  };
  for (const [from, to] of template.extraSequences ?? []) {
    links.push({ id: newId(), kind: 'sequence', sourceId: stepId(from), targetId: stepId(to), relation: null, rationale: '' });
  }
  for (const m of template.mirrors) {
    links.push({
      id: newId(),
      kind: 'mirror',
      sourceId: stepId(m.seller),
      targetId: stepId(m.buyer),
      relation: m.relation ?? 'supports',
      rationale: m.rationale ?? '',
    });
  }

  return {
    playbook: {
      id: newId(),
      name: options.name ?? template.name,
      motion: template.motion,
      description: template.description,
      version: 1,
      status: 'draft',
      parentId: null,
      templateId: template.id,
      createdAt: now,
      updatedAt: now,
    },
    viewport: null,
    stages,
    steps,
    links,
    // The template's research is not the user's validation: the new playbook's assumptions start
    // "to review", with the research date kept in their source, and go stale only once the user
    // has validated them and the period has passed.
    assumptions: (template.assumptions ?? []).map((a) => ({
      ...a,
      id: newId(),
      source: a.lastValidatedAt ? `${a.source} (template research as of ${a.lastValidatedAt})` : a.source,
      lastValidatedAt: null,
    })),
  };
}
