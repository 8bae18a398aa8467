import { useId, useState } from 'react';
import { stagesOf } from '../../shared/canvas/geometry';
import { randomId } from '../../shared/domain/ids';
import type { Lane } from '../../shared/domain/playbook';
import { addOwnStep, loopBack, moveStep, skipStep, type Reason } from '../../shared/plan/deviations';
import { DEVIATION_CATEGORY_LABELS } from '../../shared/plan/export/labels';
import { DeviationCategory, type PlanDoc } from '../../shared/plan/plan';
import { LANE_LABEL } from '../canvas/flowModel';
import { Dialog } from '../ui/Dialog';
import { planIndex } from './planIndex';
import { nowIso, usePlan } from './planStore';
import { keepEvidenceThatApplies } from './keepEvidenceThatApplies';
import { placeBelow } from './placeStep';

export type DeviationRequest = { kind: 'skip'; stepId: string } | { kind: 'move'; stepId: string } | { kind: 'add'; lane?: Lane } | { kind: 'loopBack' };

const TITLES: Record<DeviationRequest['kind'], string> = {
  skip: 'Skip this step',
  move: 'Move this step to another stage',
  add: 'Add a step of your own',
  loopBack: 'Loop back to an earlier buyer stage',
};
const ACTIONS: Record<DeviationRequest['kind'], string> = { skip: 'Skip step', move: 'Move step', add: 'Add step', loopBack: 'Loop back' };

/**
 * Every departure from the playbook is allowed, and each one asks why: a category and a sentence.
 * The answer is recorded with the date, as evidence for the next playbook version.
 */
export function DeviationDialog({ request, onClose }: { request: DeviationRequest; onClose: () => void }) {
  const doc = usePlan((s) => s.doc)!;
  const playbook = usePlan((s) => s.playbook)!;
  const ids = useId();
  const step = 'stepId' in request ? doc.steps.find((s) => s.id === request.stepId) : undefined;
  const [lane, setLane] = useState<Lane>(request.kind === 'add' ? (request.lane ?? 'buyer') : (step?.lane ?? 'buyer'));
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<DeviationCategory | ''>('');
  const [reason, setReason] = useState('');

  const stageChoices = (() => {
    if (request.kind === 'loopBack') {
      // Back to a stage before the one the deal is in, or to one with work already done (the rep
      // may have marked later steps done before finishing every step of that stage).
      const current = planIndex(doc, playbook).current.buyer;
      const withDone = new Set(doc.steps.filter((s) => s.status === 'done').map((s) => s.stageId));
      return stagesOf(playbook.stages, 'buyer').filter((s) => !s.alwaysOn && (!current || s.order < current.order || withDone.has(s.id)));
    }
    const laneStages = stagesOf(playbook.stages, lane);
    return request.kind === 'move' ? laneStages.filter((s) => s.id !== step?.stageId) : laneStages;
  })();
  const [stageId, setStageId] = useState(stageChoices.at(request.kind === 'loopBack' ? -1 : 0)?.id ?? '');
  const chosenStage = stageChoices.find((s) => s.id === stageId) ?? stageChoices[0];

  const ready = category !== '' && reason.trim() !== '' && (request.kind === 'skip' || chosenStage !== undefined) && (request.kind !== 'add' || title.trim() !== '');

  const submit = () => {
    if (!ready) return;
    const why: Reason = { category, reason };
    const context = { newId: randomId, now: nowIso() };
    const store = usePlan.getState();
    let added: string | undefined;
    const ok = store.edit((current: PlanDoc) => {
      switch (request.kind) {
        case 'skip':
          return skipStep(current, request.stepId, why, context);
        case 'move':
          return keepEvidenceThatApplies(
            moveStep(current, request.stepId, { stageId: chosenStage!.id, ...placeBelow(current, chosenStage!.id, request.stepId) }, why, context),
            playbook,
            request.stepId,
          );
        case 'loopBack':
          return loopBack(current, chosenStage!.id, why, context);
        case 'add': {
          const result = addOwnStep(current, { lane, stageId: chosenStage!.id, title: title.trim(), ...placeBelow(current, chosenStage!.id) }, why, context);
          added = result.stepId;
          return result.plan;
        }
      }
    });
    if (!ok) return;
    if (added) store.selectStep(added);
    onClose();
  };

  return (
    <Dialog title={TITLES[request.kind]} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {step && <p className="muted">{step.title}</p>}
        {request.kind === 'add' && (
          <>
            <label htmlFor={`${ids}-lane`}>Lane</label>
            <select
              id={`${ids}-lane`}
              value={lane}
              onChange={(e) => {
                const next = e.target.value as Lane;
                setLane(next);
                setStageId(stagesOf(playbook.stages, next)[0]?.id ?? '');
              }}
            >
              <option value="buyer">{LANE_LABEL.buyer}</option>
              <option value="seller">{LANE_LABEL.seller}</option>
            </select>
            <label htmlFor={`${ids}-title`}>Step title</label>
            <input id={`${ids}-title`} value={title} maxLength={300} required onChange={(e) => setTitle(e.target.value)} autoFocus />
          </>
        )}
        {request.kind !== 'skip' &&
          (stageChoices.length === 0 ? (
            <p className="hint" role="note">
              {request.kind === 'loopBack' ? 'No buyer stage is behind the deal yet: there is nothing to go back to.' : 'There is no other stage in this lane.'}
            </p>
          ) : (
            <>
              <label htmlFor={`${ids}-stage`}>{request.kind === 'loopBack' ? 'Back to buyer stage' : request.kind === 'move' ? 'Move to stage' : 'Stage'}</label>
              <select id={`${ids}-stage`} value={chosenStage?.id ?? ''} onChange={(e) => setStageId(e.target.value)}>
                {stageChoices.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </>
          ))}
        <label htmlFor={`${ids}-category`}>Category</label>
        <select id={`${ids}-category`} value={category} required onChange={(e) => setCategory(e.target.value as DeviationCategory)} autoFocus={request.kind !== 'add'}>
          <option value="">Choose…</option>
          {DeviationCategory.options.map((c) => (
            <option key={c} value={c}>
              {DEVIATION_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-reason`}>Reason</label>
        <textarea id={`${ids}-reason`} value={reason} rows={3} maxLength={20000} required placeholder="One sentence: why this deal goes differently" onChange={(e) => setReason(e.target.value)} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!ready}>
            {ACTIONS[request.kind]}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
