import type { ExitCriterion, Lane, Link, PlaybookDoc, Stage, Step } from '../domain/playbook';
import { matchElements } from './matchElements';

export type ChangeType = 'step' | 'stage' | 'link';

/** One element in a change list; `title` is a stage's name, or "source → target" for a link. */
export interface DiffEntry {
  type: ChangeType;
  id: string;
  title: string;
  /** The element's lane; for a mirror link, the lane it starts in (seller). */
  lane: Lane;
}
export interface ChangedEntry extends DiffEntry {
  fields: string[];
}
/** A step now in another stage (or lane); `from` is the stage id in the first file, `to` in the second. */
export interface MovedEntry extends DiffEntry {
  from: string;
  to: string;
}

/** What turns `a` into `b`. Changed and moved entries carry b's ids; removed ones a's. */
export interface PlaybookDiff {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: ChangedEntry[];
  moved: MovedEntry[];
}

export type ChangeKind = keyof PlaybookDiff;

/** One change in words, with the element it is about (b's for all but a removal). */
export interface ChangeItem {
  change: ChangeKind;
  entry: DiffEntry;
  line: string;
}

export interface Comparison {
  diff: PlaybookDiff;
  /** The change list in words, one change a line: stages, then steps, then links. */
  lines: string[];
  /** The same list with the element each line is about, for a view that centres it. */
  items: ChangeItem[];
  /** For each element of b also in a: b's id → a's id. */
  matches: ReadonlyMap<string, string>;
}

// Layout (positions, widths, a stage's column number) is left out: it moves whenever anything
// near it does, and a change list full of it would hide the changes people made.
const STAGE_FIELDS = ['name', 'expectedDays', 'alwaysOn', 'revisitable', 'exitCriteria'] as const;
const STEP_FIELDS = ['title', 'description', 'required', 'expectedDays', 'roles', 'techniques', 'contentLinks', 'exitCriteria'] as const;
const LINK_FIELDS = ['relation', 'rationale'] as const;

/** Compares two playbooks (or plans seen as playbooks, see planAsPlaybook). */
export function comparePlaybooks(a: PlaybookDoc, b: PlaybookDoc): Comparison {
  const matches = matchElements(a, b);
  const matchedA = new Set(matches.values());
  const diff: PlaybookDiff = { added: [], removed: [], changed: [], moved: [] };
  const items: ChangeItem[] = [];
  const docA = describe(a);
  const docB = describe(b);
  // a's stage id → b's, to tell a step that moved from one whose stage was only renamed.
  const stageToB = new Map<string, string>();
  for (const s of b.stages) if (matches.has(s.id)) stageToB.set(matches.get(s.id)!, s.id);

  const byIdA = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((e) => [e.id, e]));
  const aStages = byIdA(a.stages);
  const aSteps = byIdA(a.steps);
  const aLinks = byIdA(a.links);

  const record = <T extends Stage | Step | Link>(
    type: ChangeType,
    aList: readonly T[],
    bList: readonly T[],
    aById: Map<string, T>,
    fieldsOf: (before: T, after: T) => string[],
    extra?: (before: T, after: T) => void,
  ) => {
    for (const after of bList) {
      const beforeId = matches.get(after.id);
      const entry = docB.entry(type, after);
      if (beforeId === undefined) {
        diff.added.push(entry);
        items.push({ change: 'added', entry, line: `${docB.label(type, after)} added${docB.where(type, after, 'to')}` });
        continue;
      }
      const before = aById.get(beforeId)!;
      extra?.(before, after);
      const fields = fieldsOf(before, after);
      if (fields.length === 0) continue;
      diff.changed.push({ ...entry, fields });
      items.push({ change: 'changed', entry, line: `${docB.label(type, after)} changed: ${fields.map((f) => (f === 'title' || f === 'name' ? `${f} (was '${docA.titleOf(type, before)}')` : f)).join(', ')}` });
    }
    for (const before of aList) {
      if (matchedA.has(before.id)) continue;
      const entry = docA.entry(type, before);
      diff.removed.push(entry);
      items.push({ change: 'removed', entry, line: `${docA.label(type, before)} removed${docA.where(type, before, 'from')}` });
    }
  };

  record<Stage>('stage', a.stages, b.stages, aStages, (x, y) => differing(STAGE_FIELDS, x, y));
  record<Step>('step', a.steps, b.steps, aSteps, (x, y) => differing(STEP_FIELDS, x, y), (before, after) => {
    if (stageToB.get(before.stageId) === after.stageId) return;
    const entry = docB.entry('step', after);
    diff.moved.push({ ...entry, from: before.stageId, to: after.stageId });
    const line = `${docB.label('step', after)} moved from ${docA.stageLabel(before.stageId, docB.laneOfStage(after.stageId))} to ${docB.stageLabel(after.stageId, docA.laneOfStage(before.stageId))}`;
    items.push({ change: 'moved', entry, line });
  });
  record<Link>('link', a.links, b.links, aLinks, (x, y) => {
    const fields: string[] = differing(LINK_FIELDS, x, y);
    if (matches.get(y.sourceId) !== x.sourceId) fields.unshift('source');
    if (matches.get(y.targetId) !== x.targetId) fields.splice(fields.indexOf('source') + 1, 0, 'target');
    return fields;
  });

  // Words follow the order people read a playbook in: stages, then steps, then links.
  const order: Record<ChangeType, number> = { stage: 0, step: 1, link: 2 };
  items.sort((x, y) => order[x.entry.type] - order[y.entry.type]);
  return { diff, lines: items.map((i) => i.line), items, matches };
}

function differing<T>(fields: readonly (keyof T & string)[], a: T, b: T): string[] {
  return fields.filter((f) => !sameValue(f, a[f], b[f]));
}

/** Criteria get fresh ids in every version, so they compare by what they say and who does it. */
function sameValue(field: string, a: unknown, b: unknown): boolean {
  if (field === 'exitCriteria') {
    const plain = (list: unknown) => (list as ExitCriterion[]).map((c) => [c.statement, c.actor]);
    return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

const LANE_WORD: Record<Lane, string> = { buyer: 'Buyer', seller: 'Seller' };

/** Names and lanes of one side's elements, for entries and words. */
function describe(doc: PlaybookDoc) {
  const stages = new Map(doc.stages.map((s) => [s.id, s]));
  const steps = new Map(doc.steps.map((s) => [s.id, s]));
  const laneOfStage = (id: string): Lane | undefined => stages.get(id)?.lane;
  const laneOfStep = (step: Step): Lane => laneOfStage(step.stageId) ?? 'buyer';
  const stepTitle = (id: string) => steps.get(id)?.title ?? id;
  const titleOf = (type: ChangeType, e: Stage | Step | Link): string =>
    type === 'stage' ? (e as Stage).name : type === 'step' ? (e as Step).title : `${stepTitle((e as Link).sourceId)} → ${stepTitle((e as Link).targetId)}`;
  const laneOf = (type: ChangeType, e: Stage | Step | Link): Lane =>
    type === 'stage' ? (e as Stage).lane : type === 'step' ? laneOfStep(e as Step) : (steps.get((e as Link).sourceId) ? laneOfStep(steps.get((e as Link).sourceId)!) : 'seller');
  return {
    laneOfStage,
    titleOf,
    entry: (type: ChangeType, e: Stage | Step | Link): DiffEntry => ({ type, id: e.id, title: titleOf(type, e), lane: laneOf(type, e) }),
    label(type: ChangeType, e: Stage | Step | Link): string {
      if (type === 'link') {
        const link = e as Link;
        return `${link.kind === 'mirror' ? 'Mirror link' : `${LANE_WORD[laneOf(type, e)]} sequence`} '${stepTitle(link.sourceId)}' → '${stepTitle(link.targetId)}'`;
      }
      return `${LANE_WORD[laneOf(type, e)]} ${type} '${titleOf(type, e)}'`;
    },
    where: (type: ChangeType, e: Stage | Step | Link, preposition: string): string => (type === 'step' ? ` ${preposition} ${stages.get((e as Step).stageId)?.name ?? (e as Step).stageId}` : ''),
    /** A stage's name, with its lane when the other end of a move is in the other lane. */
    stageLabel(id: string, otherLane: Lane | undefined): string {
      const stage = stages.get(id);
      if (!stage) return id;
      return otherLane !== undefined && otherLane !== stage.lane ? `${stage.name} (${stage.lane} lane)` : stage.name;
    },
  };
}
