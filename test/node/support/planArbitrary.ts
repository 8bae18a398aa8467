import fc from 'fast-check';
import type { PlaybookDoc } from '../../../shared/domain/playbook';
import { skipStep } from '../../../shared/plan/deviations';
import { newPlanFromPlaybook } from '../../../shared/plan/newPlan';
import { BuyingRole, DeviationCategory, Engagement, Stance, StepStatus, type PlanDoc, type Stakeholder } from '../../../shared/plan/plan';
import { playbookDocArbitrary, wellFormedText } from './playbookArbitrary';

const text = wellFormedText;
// Names are stored trimmed (the schema trims them), so only trimmed ones can round-trip unchanged.
const name = text(60).map((s) => s.trim()).filter((s) => s.length > 0);
const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString());

const stakeholder = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name,
    title: text(40),
    roles: fc.uniqueArray(fc.constantFrom(...BuyingRole.options), { maxLength: 4 }),
    stance: fc.constantFrom(...Stance.options),
    engagement: fc.constantFrom(...Engagement.options),
  }) satisfies fc.Arbitrary<Stakeholder>;

/** Step edits a rep makes, drawn per step; skips go through skipStep so they carry their reason. */
const stepEdit = fc.record({
  status: fc.constantFrom(...StepStatus.options),
  plannedDate: fc.option(day, { nil: null }),
  doneDate: fc.option(day, { nil: null }),
  sellerOwner: text(40),
  notes: text(200),
  owner: fc.nat(),
  evidence: fc.option(text(80), { nil: null }),
  // A reason starting with NUL reads as empty and is refused; every other text is a reason.
  reason: name.filter((s) => !s.startsWith('\u0000')),
  category: fc.constantFrom(...DeviationCategory.options),
});

/** A valid plan of a valid published playbook, with hostile text, owners, dates and skips. */
export const planWithPlaybookArbitrary: fc.Arbitrary<{ plan: PlanDoc; playbook: PlaybookDoc }> = playbookDocArbitrary.chain((raw) => {
  // Published, as plans are made from; no parent, since a parent from another machine is not kept on import.
  // Stages in the order the database gives them back (buyer lane first, then column order).
  const stages = [...raw.stages].sort((a, b) => (a.lane === b.lane ? a.order - b.order : a.lane === 'buyer' ? -1 : 1));
  const playbook: PlaybookDoc = { ...raw, stages, playbook: { ...raw.playbook, status: 'published', parentId: null } };
  return fc
    .record({
      account: name,
      opportunity: text(40),
      outcomeNote: text(200),
      rep: text(40),
      value: fc.option(fc.double({ min: 0, max: 1e12, noNaN: true }), { nil: null }),
      updatedAt: instant,
      people: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => stakeholder(`person-${i}`)))),
      edits: fc.array(stepEdit, { minLength: playbook.steps.length, maxLength: playbook.steps.length }),
    })
    .map(({ account, opportunity, outcomeNote, rep, value, updatedAt, people, edits }) => {
      let n = 0;
      const context = { newId: () => `plan-id-${++n}`, now: updatedAt };
      let plan = newPlanFromPlaybook(playbook, { account, rep, value, currency: 'USD' }, context);
      plan = { ...plan, plan: { ...plan.plan, opportunity, outcomeNote }, stakeholders: people };
      const playbookSteps = new Map(playbook.steps.map((s) => [s.id, s]));
      const stageCriteria = new Map(playbook.stages.map((s) => [s.id, s.exitCriteria]));
      plan.steps.forEach((step, i) => {
        const edit = edits[i]!;
        const owner = people.length > 0 ? people[edit.owner % people.length]!.id : null;
        const status = edit.status === 'skipped' ? 'notStarted' : edit.status;
        // Evidence may answer a criterion of the step or of its stage.
        const criteria = [...(stageCriteria.get(step.stageId) ?? []), ...(step.playbookStepId ? (playbookSteps.get(step.playbookStepId)?.exitCriteria ?? []) : [])];
        const evidence = edit.evidence !== null && criteria.length > 0 ? [{ criterionId: criteria[0]!.id, note: edit.evidence }] : [];
        plan = {
          ...plan,
          steps: plan.steps.map((s) =>
            s.id === step.id
              ? { ...s, status, plannedDate: edit.plannedDate, doneDate: edit.doneDate, sellerOwner: edit.sellerOwner, notes: edit.notes, evidence, buyerOwnerId: owner, stakeholderIds: owner ? [owner] : [] }
              : s,
          ),
        };
        if (edit.status === 'skipped') plan = skipStep(plan, step.id, { category: edit.category, reason: edit.reason }, context);
      });
      return { plan: { ...plan, plan: { ...plan.plan, updatedAt } }, playbook };
    });
});
