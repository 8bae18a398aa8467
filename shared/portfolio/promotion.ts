import { GEOMETRY, slotPosition } from '../canvas/geometry';
import type { NewId } from '../domain/ids';
import { newStep } from '../domain/newStep';
import type { PlaybookDoc } from '../domain/playbook';
import type { DeviationMeasure, PlaybookEvidence, StepEvidence } from './portfolio';
import { promisingDeviations } from './reportHtml';

/** What a departure that keeps winning would change in the next version of the playbook. */
export type ProposedChange =
  | { kind: 'remove-step' }
  | { kind: 'insert-step'; title: string }
  | { kind: 'move-step'; toStageId: string }
  | { kind: 'revisit-stage'; stageId: string };

export interface Proposal {
  /** The version the evidence is about; the change lands on a new draft derived from it. */
  playbookId: string;
  stepId: string;
  measure: DeviationMeasure;
  change: ProposedChange;
  /** One line: what would change and why. */
  summary: string;
  evidence: { plans: number; wonWith: number; wonWithout: number; closedWith: number; closedWithout: number; accounts: string[] };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function changeFor(step: StepEvidence, measure: DeviationMeasure): ProposedChange | null {
  switch (measure) {
    case 'skipped':
      return { kind: 'remove-step' };
    case 'added': {
      const title = step.addedTitles[0]?.title;
      return title ? { kind: 'insert-step', title } : null;
    }
    case 'moved': {
      const to = step.movedTo[0]?.stageId;
      return to ? { kind: 'move-step', toStageId: to } : null;
    }
    case 'loopedBack':
      return { kind: 'revisit-stage', stageId: step.stageId };
  }
}

function describe(step: StepEvidence, change: ProposedChange, stageName: (id: string) => string): string {
  switch (change.kind) {
    case 'remove-step':
      return `Remove "${step.title}": deals that skipped it won more often`;
    case 'insert-step':
      return `Add "${change.title}" after "${step.title}": deals that added it won more often`;
    case 'move-step':
      return `Move "${step.title}" to "${stageName(change.toStageId)}": deals that moved it there won more often`;
    case 'revisit-stage':
      return `Expect buyers to return to "${stageName(change.stageId)}" (make it revisitable): deals that looped back to it won more often`;
  }
}

/**
 * Change proposals for the departures that keep winning (on enough closed deals, never a small
 * sample), best first, each with the plans behind it. Proposing changes nothing.
 */
export function proposePromotions(evidence: PlaybookEvidence): Proposal[] {
  const stageName = (id: string) => evidence.stages.find((s) => s.stageId === id)?.name ?? 'another stage';
  return promisingDeviations(evidence).flatMap(({ step, measure }) => {
    const change = changeFor(step, measure);
    if (!change) return [];
    const { with: withIt, without } = step.rates[measure];
    const line = `${describe(step, change, stageName)} (${percent(withIt.won!)} of ${withIt.closed} against ${percent(without.won!)} of ${without.closed}).`;
    return [
      {
        playbookId: evidence.playbookId,
        stepId: step.id,
        measure,
        change,
        summary: line,
        evidence: { plans: step[measure], wonWith: withIt.won!, wonWithout: without.won!, closedWith: withIt.closed, closedWithout: without.closed, accounts: step.accounts[measure] },
      },
    ];
  });
}

/**
 * The proposal applied to a draft. `idInDraft` maps an id of the version the evidence is about to
 * the same element in the draft. Steps land at the bottom of their stage, so none covers another.
 */
export function applyProposal(draft: PlaybookDoc, proposal: Proposal, idInDraft: (id: string) => string, newId: NewId): PlaybookDoc {
  const stepId = idInDraft(proposal.stepId);
  const step = draft.steps.find((s) => s.id === stepId);
  if (!step) throw new Error('The step this proposal is about is no longer in the draft.');
  const bottomOf = (stageId: string) =>
    draft.steps.filter((s) => s.stageId === stageId && s.id !== stepId).reduce<number>((y, s) => Math.max(y, s.y + GEOMETRY.stepHeight + GEOMETRY.stepGapY), slotPosition(0).y);
  const change = proposal.change;
  switch (change.kind) {
    case 'remove-step':
      return { ...draft, steps: draft.steps.filter((s) => s.id !== stepId), links: draft.links.filter((l) => l.sourceId !== stepId && l.targetId !== stepId) };
    case 'insert-step': {
      const added = newStep({ id: newId(), stageId: step.stageId, title: change.title, x: step.x, y: bottomOf(step.stageId) });
      return { ...draft, steps: [...draft.steps, added] };
    }
    case 'move-step': {
      const to = idInDraft(change.toStageId);
      if (!draft.stages.some((s) => s.id === to)) throw new Error('The stage this proposal moves the step to is no longer in the draft.');
      return { ...draft, steps: draft.steps.map((s) => (s.id === stepId ? { ...s, stageId: to, x: slotPosition(0).x, y: bottomOf(to) } : s)) };
    }
    case 'revisit-stage': {
      const stageId = idInDraft(change.stageId);
      return { ...draft, stages: draft.stages.map((s) => (s.id === stageId ? { ...s, revisitable: true } : s)) };
    }
  }
}
