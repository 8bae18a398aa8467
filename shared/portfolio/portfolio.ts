import type { PlaybookDoc, Stage } from '../domain/playbook';
import type { Outcome, PlanDoc, PlanStep } from '../plan/plan';

/** Plans fewer than this give rates too noisy to act on: shown greyed, never ranked. */
export const SMALL_SAMPLE = 5;

export type DeviationMeasure = 'skipped' | 'added' | 'moved' | 'loopedBack';
export const DEVIATION_MEASURES: readonly DeviationMeasure[] = ['skipped', 'added', 'moved', 'loopedBack'];

export type Outcomes = Record<Outcome, number>;

/** Win, loss and no-decision rates among closed plans, with the sample they come from. */
export interface OutcomeRates {
  closed: number;
  won: number | null;
  lost: number | null;
  noDecision: number | null;
  /** Fewer closed plans than SMALL_SAMPLE. */
  small: boolean;
}

export interface StepEvidence {
  id: string;
  title: string;
  lane: PlanStep['lane'];
  stageId: string;
  /** Plans that did each to this step (added: a step of the rep's own placed right after it). */
  skipped: number;
  added: number;
  moved: number;
  loopedBack: number;
  /** Outcome rates of plans with and without each deviation on this step. */
  rates: Record<DeviationMeasure, { with: OutcomeRates; without: OutcomeRates }>;
  /** Titles of the steps reps added after this one, most often first. */
  addedTitles: Array<{ title: string; count: number }>;
  /** Stages reps moved this step to, most often first. */
  movedTo: Array<{ stageId: string; count: number }>;
  /** Accounts of the plans behind each departure (the first few), as evidence. */
  accounts: Record<DeviationMeasure, string[]>;
}

/** Accounts kept per departure as evidence: enough to look a few up, bounded however many plans there are. */
export const EVIDENCE_ACCOUNTS = 20;

export interface StageEvidence {
  stageId: string;
  name: string;
  lane: Stage['lane'];
  expectedDays: number | null;
  /** Median days from the first to the last step done in the stage, over plans that finished it. */
  medianCycleDays: number | null;
  cycleSamples: number;
  /** Plans that looped back to this (buyer) stage. */
  loopBacks: number;
}

export interface PlaybookEvidence {
  playbookId: string;
  name: string;
  version: number;
  plans: number;
  outcomes: Outcomes;
  steps: StepEvidence[];
  stages: StageEvidence[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface PortfolioReport {
  plans: number;
  skipped: SkippedFile[];
  playbooks: PlaybookEvidence[];
}

/** Running counts for one playbook version: fixed in size whatever the number of plans, but for cycle samples. */
interface Bucket {
  playbook: PlaybookDoc;
  plans: number;
  outcomes: Outcomes;
  /** playbook step id → measure → outcomes of the plans that show it on that step. */
  marked: Map<string, Map<DeviationMeasure, Outcomes>>;
  cycles: Map<string, number[]>;
  loopBacks: Map<string, number>;
  /** playbook step id → title or stage id → count. */
  addedTitles: Map<string, Map<string, number>>;
  movedTo: Map<string, Map<string, number>>;
  accounts: Map<string, string[]>;
}

const bump = (map: Map<string, Map<string, number>>, key: string, value: string) => {
  const inner = map.get(key) ?? new Map<string, number>();
  inner.set(value, (inner.get(value) ?? 0) + 1);
  map.set(key, inner);
};
const ranked = (counts: Map<string, number> | undefined) => [...(counts ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

const noOutcomes = (): Outcomes => ({ open: 0, won: 0, lost: 0, noDecision: 0 });

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/**
 * Folds deal plans, one at a time, into evidence per playbook version: which steps reps skip,
 * add around, move or loop back to, and how deals with and without each departure ended. Only
 * small facts are kept per plan, so a folder of thousands of plans needs little memory.
 */
export function createPortfolio() {
  const buckets = new Map<string, Bucket>();
  const skipped: SkippedFile[] = [];
  let plans = 0;

  return {
    add(plan: PlanDoc, playbook: PlaybookDoc): void {
      plans += 1;
      const key = playbook.playbook.id;
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { playbook, plans: 0, outcomes: noOutcomes(), marked: new Map(), cycles: new Map(), loopBacks: new Map(), addedTitles: new Map(), movedTo: new Map(), accounts: new Map() };
        buckets.set(key, bucket);
      }
      const outcome = plan.plan.outcome;
      bucket.plans += 1;
      bucket.outcomes[outcome] += 1;
      for (const [stepId, measures] of marksOf(plan)) {
        const byMeasure = bucket.marked.get(stepId) ?? new Map<DeviationMeasure, Outcomes>();
        for (const m of measures) {
          const counts = byMeasure.get(m) ?? noOutcomes();
          counts[outcome] += 1;
          byMeasure.set(m, counts);
          const accounts = bucket.accounts.get(`${stepId}\u0000${m}`) ?? [];
          if (accounts.length < EVIDENCE_ACCOUNTS) bucket.accounts.set(`${stepId}\u0000${m}`, [...accounts, plan.plan.account]);
        }
        bucket.marked.set(stepId, byMeasure);
      }
      const byId = new Map(plan.steps.map((s) => [s.id, s] as const));
      for (const d of plan.deviations) {
        const step = d.planStepId ? byId.get(d.planStepId) : undefined;
        if (!step) continue;
        if (d.kind === 'add') {
          const anchor = anchorOf(plan, step);
          if (anchor) bump(bucket.addedTitles, anchor, step.title.trim());
        } else if (d.kind === 'move' && step.playbookStepId && d.stageId) bump(bucket.movedTo, step.playbookStepId, d.stageId);
      }
      for (const [stageId, days] of stageCycles(plan)) {
        const list = bucket.cycles.get(stageId) ?? [];
        list.push(days);
        bucket.cycles.set(stageId, list);
      }
      for (const stageId of new Set(plan.deviations.filter((d) => d.kind === 'loopBack' && d.stageId).map((d) => d.stageId!))) {
        bucket.loopBacks.set(stageId, (bucket.loopBacks.get(stageId) ?? 0) + 1);
      }
    },
    skip(file: string, reason: string): void {
      skipped.push({ file, reason });
    },
    report(): PortfolioReport {
      return { plans, skipped: [...skipped], playbooks: [...buckets.values()].map(evidenceOf) };
    },
  };
}

/** Which departures a plan shows on which playbook steps. */
function marksOf(plan: PlanDoc): Map<string, Set<DeviationMeasure>> {
  const marks = new Map<string, Set<DeviationMeasure>>();
  const mark = (playbookStepId: string | null | undefined, measure: DeviationMeasure) => {
    if (!playbookStepId) return;
    const set = marks.get(playbookStepId) ?? new Set();
    set.add(measure);
    marks.set(playbookStepId, set);
  };
  const byId = new Map(plan.steps.map((s) => [s.id, s] as const));
  for (const d of plan.deviations) {
    const step = d.planStepId ? byId.get(d.planStepId) : undefined;
    if (d.kind === 'skip') mark(step?.playbookStepId, 'skipped');
    else if (d.kind === 'move') mark(step?.playbookStepId, 'moved');
    else if (d.kind === 'add' && step) mark(anchorOf(plan, step), 'added');
    else if (d.kind === 'loopBack') for (const s of plan.steps) if (s.stageId === d.stageId) mark(s.playbookStepId, 'loopedBack');
  }
  return marks;
}

/** The playbook step a rep's own step follows: the nearest one above it in its stage, else the stage's first. */
function anchorOf(plan: PlanDoc, added: PlanStep): string | null {
  const candidates = plan.steps.filter((s) => s.stageId === added.stageId && s.playbookStepId !== null).sort((a, b) => a.y - b.y);
  const above = candidates.filter((s) => s.y <= added.y).at(-1);
  return (above ?? candidates[0])?.playbookStepId ?? null;
}

/** Days from the first to the last done date in each stage whose steps are all finished. */
function stageCycles(plan: PlanDoc): Map<string, number> {
  const byStage = new Map<string, PlanStep[]>();
  for (const s of plan.steps) byStage.set(s.stageId, [...(byStage.get(s.stageId) ?? []), s]);
  const cycles = new Map<string, number>();
  for (const [stageId, steps] of byStage) {
    if (!steps.every((s) => s.status === 'done' || s.status === 'skipped')) continue;
    const dates = steps.filter((s) => s.status === 'done' && s.doneDate).map((s) => s.doneDate!).sort();
    if (dates.length > 0) cycles.set(stageId, daysBetween(dates[0]!, dates.at(-1)!));
  }
  return cycles;
}

function rates(counts: Outcomes): OutcomeRates {
  const closed = counts.won + counts.lost + counts.noDecision;
  const share = (o: Outcome) => (closed === 0 ? null : counts[o] / closed);
  return { closed, won: share('won'), lost: share('lost'), noDecision: share('noDecision'), small: closed < SMALL_SAMPLE };
}

const minus = (a: Outcomes, b: Outcomes): Outcomes => ({ open: a.open - b.open, won: a.won - b.won, lost: a.lost - b.lost, noDecision: a.noDecision - b.noDecision });
const total = (o: Outcomes) => o.open + o.won + o.lost + o.noDecision;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function evidenceOf(bucket: Bucket): PlaybookEvidence {
  const { playbook } = bucket;
  const laneOf = new Map(playbook.stages.map((s) => [s.id, s.lane] as const));
  const stageOrder = new Map(playbook.stages.map((s) => [s.id, (s.lane === 'buyer' ? 0 : 1000) + s.order] as const));
  const steps = [...playbook.steps]
    .sort((a, b) => stageOrder.get(a.stageId)! - stageOrder.get(b.stageId)! || a.y - b.y)
    .map((step): StepEvidence => {
      const withIt = (m: DeviationMeasure) => bucket.marked.get(step.id)?.get(m) ?? noOutcomes();
      const count = (m: DeviationMeasure) => total(withIt(m));
      const split = (m: DeviationMeasure) => ({ with: rates(withIt(m)), without: rates(minus(bucket.outcomes, withIt(m))) });
      return {
        id: step.id,
        title: step.title,
        lane: laneOf.get(step.stageId) ?? 'buyer',
        stageId: step.stageId,
        skipped: count('skipped'),
        added: count('added'),
        moved: count('moved'),
        loopedBack: count('loopedBack'),
        rates: { skipped: split('skipped'), added: split('added'), moved: split('moved'), loopedBack: split('loopedBack') },
        addedTitles: ranked(bucket.addedTitles.get(step.id)).map(([title, n]) => ({ title, count: n })),
        movedTo: ranked(bucket.movedTo.get(step.id)).map(([stageId, n]) => ({ stageId, count: n })),
        accounts: Object.fromEntries(DEVIATION_MEASURES.map((m) => [m, bucket.accounts.get(`${step.id}\u0000${m}`) ?? []])) as Record<DeviationMeasure, string[]>,
      };
    });
  const stages = [...playbook.stages]
    .sort((a, b) => stageOrder.get(a.id)! - stageOrder.get(b.id)!)
    .map((stage): StageEvidence => {
      const cycles = bucket.cycles.get(stage.id) ?? [];
      return {
        stageId: stage.id,
        name: stage.name,
        lane: stage.lane,
        expectedDays: stage.expectedDays,
        medianCycleDays: median(cycles),
        cycleSamples: cycles.length,
        loopBacks: bucket.loopBacks.get(stage.id) ?? 0,
      };
    });
  return { playbookId: playbook.playbook.id, name: playbook.playbook.name, version: playbook.playbook.version, plans: bucket.plans, outcomes: { ...bucket.outcomes }, steps, stages };
}

/** The report as the command line prints it with --json: counts only, in a stable shape. */
export function portfolioJson(report: PortfolioReport) {
  return {
    plans: report.plans,
    skipped: report.skipped,
    playbooks: report.playbooks.map((p) => ({
      name: p.name,
      version: p.version,
      plans: p.plans,
      outcomes: { won: p.outcomes.won, lost: p.outcomes.lost, noDecision: p.outcomes.noDecision, open: p.outcomes.open },
      steps: p.steps.map((s) => ({ id: s.id, title: s.title, skipped: s.skipped, added: s.added, moved: s.moved, loopedBack: s.loopedBack })),
    })),
  };
}
