import { useCallback } from 'react';
import type { NoteTarget } from '../../shared/review/notes';
import { useCentre } from '../analysis/useCentre';
import { usePlan } from '../plans/planStore';
import { NotesPanel } from './NotesPanel';

const LANE_WORD = { buyer: 'Buyer', seller: 'Seller' } as const;

/** The notes panel over a deal plan: notes on the selected step, a person, the plan or the whole file. */
export function PlanNotes() {
  const centre = useCentre();
  const doc = usePlan((s) => s.doc);
  const playbook = usePlan((s) => s.playbook);
  const selectedStepId = usePlan((s) => s.selectedStepId);

  const describe = useCallback(
    (target: NoteTarget): string => {
      if (!doc || !playbook) return '';
      switch (target.kind) {
        case 'step': {
          const step = doc.steps.find((s) => s.id === target.id || s.playbookStepId === target.id);
          return step ? `${LANE_WORD[step.lane]} step '${step.title || 'Untitled step'}'` : 'A removed step';
        }
        case 'stakeholder':
          return `${doc.stakeholders.find((p) => p.id === target.id)?.name ?? 'Someone no longer on the committee'}`;
        case 'stage':
          return `Stage '${playbook.stages.find((s) => s.id === target.id)?.name ?? '?'}'`;
        case 'link':
          return 'A link of the playbook';
        case 'plan':
          return `The deal with ${doc.plan.account}`;
        case 'file':
          return `The whole file for ${doc.plan.account}`;
      }
    },
    [doc, playbook],
  );

  if (!doc) return null;
  const targets: NoteTarget[] = [
    ...(selectedStepId ? [{ kind: 'step' as const, id: selectedStepId }] : []),
    { kind: 'plan', id: doc.plan.id },
    ...doc.stakeholders.map((p) => ({ kind: 'stakeholder' as const, id: p.id })),
    { kind: 'file', id: doc.plan.id },
  ];
  const reveal = (target: NoteTarget) => {
    if (target.kind !== 'step') return;
    const step = doc.steps.find((s) => s.id === target.id || s.playbookStepId === target.id);
    if (!step) return;
    usePlan.getState().selectStep(step.id);
    centre(step.id);
  };
  return <NotesPanel targets={targets.map((target) => ({ target, label: describe(target) }))} describe={describe} reveal={reveal} />;
}
