import type { PlaybookDoc, Stage } from '../domain/playbook';
import { committeeWarnings } from '../plan/committee';
import type { PlanDoc } from '../plan/plan';
import { assumptionStatus } from './assumptionStatus';
import { computeCoverage } from './coverage';
import { techniqueInTitle, techniqueLabel, type TechniqueMatch } from '../techniques/techniqueInTitle';
import { resolveLinks } from './resolveLinks';

/** One vocabulary for everything Tandem says about how well a playbook (or plan) mirrors the buyer. */
export type FindingKind =
  | 'unsupported-buyer-step'
  | 'seller-centric-step'
  | 'stage-without-buyer-criterion'
  | 'technique-as-step'
  | 'stale-assumption'
  | 'unbalanced-stage'
  | 'stalled-step'
  | 'missing-economic-buyer'
  | 'missing-coach'
  | 'unassigned-buyer-step';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** One line a sales manager would accept as stated. */
  message: string;
  /** The steps, stages, assumptions or plan steps concerned; the first is the one to show. */
  ids: string[];
}

export interface StageCoverage {
  stageId: string;
  name: string;
  /** Buyer steps in the stage that a seller step supports, 0..1 (0 for a stage without steps). */
  coverage: number;
  supported: number;
  steps: number;
}

export interface Analysis {
  coverage: { overall: number; byStage: StageCoverage[] };
  findings: Finding[];
}

export interface AnalysisOptions {
  /** The day staleness and stalls are judged on (YYYY-MM-DD or a Date); without it neither is judged. */
  today?: string | Date;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;
const byOrder = (a: Stage, b: Stage) => a.order - b.order;

/** The alignment analysis of a playbook: coverage overall and per buyer stage, and every finding. */
export function analyzePlaybook(doc: PlaybookDoc, options: AnalysisOptions = {}): Analysis {
  const { stepById, mirrors } = resolveLinks(doc);
  const coverage = computeCoverage(doc);
  const supported = new Set(mirrors.map((m) => m.buyer.id));
  const stageName = new Map(doc.stages.map((s) => [s.id, s.name] as const));
  const buyerStages = doc.stages.filter((s) => s.lane === 'buyer').sort(byOrder);
  const findings: Finding[] = [];

  for (const id of coverage.unsupportedBuyerStepIds) {
    const step = stepById.get(id)!;
    findings.push({
      kind: 'unsupported-buyer-step',
      severity: 'warning',
      message: `Nothing on the seller side supports the buyer step ${quote(step.title)} (stage ${quote(stageName.get(step.stageId) ?? '')}): the buyer is on their own there.`,
      ids: [id],
    });
  }
  for (const id of coverage.sellerCentricStepIds) {
    const step = stepById.get(id)!;
    findings.push({
      kind: 'seller-centric-step',
      severity: 'warning',
      message: `The seller step ${quote(step.title)} supports no buyer step: work the buyer does not ask for.`,
      ids: [id],
    });
  }
  for (const stage of buyerStages) {
    if (!stage.exitCriteria.some((c) => c.actor === 'buyer' && c.statement.trim() !== '')) {
      const what = stage.exitCriteria.length === 0 ? 'has no exit criteria' : 'has no exit criterion the buyer does';
      findings.push({
        kind: 'stage-without-buyer-criterion',
        severity: 'warning',
        message: `The buyer stage ${quote(stage.name)} ${what}: nobody can check the buyer has finished it.`,
        ids: [stage.id],
      });
    }
  }
  for (const step of stepById.values()) {
    const technique = techniqueInTitle(step.title);
    if (technique) findings.push(techniqueFinding(step.id, step.title, technique));
  }
  if (options.today !== undefined) {
    for (const a of doc.assumptions) {
      const status = assumptionStatus(a, options.today);
      if (status.freshness === 'stale') {
        findings.push({
          kind: 'stale-assumption',
          severity: 'warning',
          message: `The assumption ${quote(a.statement)} was due for revalidation on ${status.dueOn}: customers may no longer buy this way.`,
          ids: [a.id],
        });
      }
    }
  }

  const byStage = buyerStages.map((stage): StageCoverage => {
    const steps = doc.steps.filter((s) => s.stageId === stage.id && stepById.has(s.id));
    const count = steps.filter((s) => supported.has(s.id)).length;
    return { stageId: stage.id, name: stage.name, coverage: steps.length === 0 ? 0 : count / steps.length, supported: count, steps: steps.length };
  });
  byStage.forEach((stage, i) => {
    const laterSupport = byStage.slice(i + 1).some((later) => later.supported > 0);
    if (stage.steps > 0 && stage.supported === 0 && laterSupport) {
      findings.push({
        kind: 'unbalanced-stage',
        severity: 'warning',
        message: `The seller skips the buyer stage ${quote(stage.name)}: none of its ${stage.steps} step${stage.steps === 1 ? ' is' : 's are'} supported, while later stages are.`,
        ids: [stage.stageId],
      });
    }
  });

  return { coverage: { overall: coverage.coverage, byStage }, findings: sortFindings(findings) };
}

function techniqueFinding(id: string, title: string, technique: TechniqueMatch): Finding {
  // Only a part's label: likely a technique, but a team may use it as shorthand for a step.
  if (technique.bareLabel) {
    return {
      kind: 'technique-as-step',
      severity: 'info',
      message: `The step ${quote(title)} is ${technique.framework}'s "${technique.element}", a technique: name the step for what happens in the deal and attach the technique to it.`,
      ids: [id],
    };
  }
  return { kind: 'technique-as-step', severity: 'warning', message: `The step ${quote(title)} names ${techniqueLabel(technique)}, a technique: attach it to the step it helps instead.`, ids: [id] };
}

const COMMITTEE_KINDS = {
  'no-economic-buyer': { kind: 'missing-economic-buyer', severity: 'error' },
  'no-coach': { kind: 'missing-coach', severity: 'warning' },
  'unassigned-buyer-step': { kind: 'unassigned-buyer-step', severity: 'warning' },
} as const;

/** A plan's analysis: its playbook version's, plus stalls and gaps in the buying committee. */
export function analyzePlan(plan: PlanDoc, playbook: PlaybookDoc, options: AnalysisOptions = {}): Analysis {
  const base = analyzePlaybook(playbook, options);
  const findings = [...base.findings];
  const today = options.today === undefined ? undefined : typeof options.today === 'string' ? options.today.slice(0, 10) : options.today.toISOString().slice(0, 10);
  if (today) {
    for (const step of plan.steps) {
      if (step.status === 'inProgress' && step.plannedDate !== null && step.plannedDate < today) {
        findings.push({
          kind: 'stalled-step',
          severity: 'warning',
          message: `${quote(step.title)} is still in progress; it was planned for ${step.plannedDate}.`,
          ids: [step.id],
        });
      }
    }
  }
  // The rep's own steps are named by the rep: the same vocabulary applies to them.
  for (const step of plan.steps) {
    if (step.playbookStepId !== null) continue;
    const technique = techniqueInTitle(step.title);
    if (technique) findings.push(techniqueFinding(step.id, step.title, technique));
  }
  for (const warning of committeeWarnings(plan, playbook)) {
    const mapped = COMMITTEE_KINDS[warning.kind as keyof typeof COMMITTEE_KINDS];
    if (mapped) findings.push({ kind: mapped.kind, severity: mapped.severity, message: warning.message, ids: warning.ids });
  }
  return { coverage: base.coverage, findings: sortFindings(findings) };
}

function sortFindings(findings: Finding[]): Finding[] {
  // Stable: within a severity, findings keep the order they were found in (kind, then document order).
  return findings.map((f, i) => [f, i] as const).sort(([a, i], [b, j]) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || i - j).map(([f]) => f);
}
