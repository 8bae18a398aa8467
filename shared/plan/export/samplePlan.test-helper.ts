import type { PlaybookDoc } from '../../domain/playbook';
import { instantiateTemplate } from '../../templates/instantiate';
import { BUILT_IN_TEMPLATES } from '../../templates';
import { addOwnStep, skipStep } from '../deviations';
import { newPlanFromPlaybook } from '../newPlan';
import type { PlanDoc, PlanStep, Stakeholder } from '../plan';

/**
 * A deal planned from the built-in new-logo template, with the edits a rep makes in the first
 * weeks: statuses, dates, owners, a stakeholder or two, evidence, a skipped step and a step of
 * the rep's own. The hostile variant puts markup, spreadsheet formulas, iCalendar separators,
 * a bidi override and multi-byte text in every field a rep can type.
 */
export const HOSTILE_MARKUP = '<img src=x onerror=alert(1)>';
export const HOSTILE_FORMULA = '=1+1;';
export const RLO = '\u202E';
export const HOSTILE_SCRIPT = '</p><script>alert(1)</script>';
/** Longer than one iCalendar line, in three- and four-byte UTF-8 characters. */
export const LONG_MULTIBYTE = `${'日本語の長い件名'.repeat(6)} 🚀🚀🚀 ${'é'.repeat(40)}`;
export const NOW = '2025-03-05T08:30:00.000Z';

export interface SamplePlan {
  playbook: PlaybookDoc;
  plan: PlanDoc;
}

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export function samplePlan(options: { hostile?: boolean } = {}): SamplePlan {
  const hostile = options.hostile ?? false;
  const newId = counter('id');
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'b2b-saas-new-logo')!;
  const playbook = instantiateTemplate(template, { newId, now: '2025-01-10T09:00:00.000Z' });
  playbook.playbook.status = 'published';

  let plan = newPlanFromPlaybook(
    playbook,
    {
      account: hostile ? `Acme ${HOSTILE_MARKUP} ${RLO}Corp ${HOSTILE_FORMULA}` : 'Acme Corp',
      opportunity: hostile ? HOSTILE_SCRIPT : 'Platform rollout',
      value: 120000,
      currency: 'EUR',
      targetCloseDate: '2025-06-30',
      rep: hostile ? `@Sam ${RLO}Rep` : 'Sam Rep',
    },
    { newId, now: '2025-02-01T10:00:00.000Z' },
  );

  const dana: Stakeholder = { id: 'person-dana', name: hostile ? `Dana ${HOSTILE_MARKUP}` : 'Dana Smith', title: 'CFO', roles: ['economicBuyer'], stance: 'mobilizer', engagement: 'high' };
  const chris: Stakeholder = { id: 'person-chris', name: hostile ? `Chris ${RLO}Lee` : 'Chris Lee', title: 'IT lead', roles: ['technical', 'coach'], stance: 'blocker', engagement: 'medium' };
  plan = { ...plan, stakeholders: [dana, chris] };

  const stageOf = (name: string) => playbook.stages.find((s) => s.name === name)!;
  const problem = stageOf('Problem identification');
  const edit = (title: string, change: Partial<PlanStep>) => {
    const step = plan.steps.find((s) => s.title === title);
    if (!step) throw new Error(`sample plan: no step "${title}"`);
    plan = { ...plan, steps: plan.steps.map((s) => (s === step ? { ...s, ...change } : s)) };
    return step.id;
  };

  edit('Recognise a business problem worth solving', {
    ...(hostile ? { title: HOSTILE_MARKUP } : {}),
    status: 'done',
    plannedDate: '2025-02-03',
    doneDate: '2025-02-05',
    buyerOwnerId: dana.id,
    sellerOwner: 'Sam Rep',
    stakeholderIds: [dana.id],
    evidence: [{ criterionId: problem.exitCriteria[0]!.id, note: hostile ? HOSTILE_SCRIPT : 'CFO named it in the kickoff, minutes filed.' }],
    notes: hostile ? `Line one\n${HOSTILE_SCRIPT}` : 'Kickoff went well.',
  });
  edit('Quantify the cost of the problem', {
    ...(hostile ? { title: HOSTILE_FORMULA } : {}),
    status: 'inProgress',
    plannedDate: '2025-02-20',
    buyerOwnerId: dana.id,
    sellerOwner: hostile ? '@SUM(A1:A9)' : 'Sam Rep',
  });
  edit('Win an executive sponsor for fixing it', {
    ...(hostile ? { title: `${RLO}${LONG_MULTIBYTE}` } : {}),
    plannedDate: '2025-03-01',
    buyerOwnerId: chris.id,
    // Commas, semicolons, quotes and a backslash: all separators or escapes in CSV and iCalendar.
    sellerOwner: 'Lee, SE; "the closer" \\ team',
    stakeholderIds: [chris.id, dana.id],
  });

  const seller = playbook.stages.find((s) => s.lane === 'seller' && s.order === 0)!;
  const sellerSteps = plan.steps.filter((s) => s.stageId === seller.id);
  // A seller step with a date but no customer owner: in the plan, not in the mutual action plan.
  plan = { ...plan, steps: plan.steps.map((s) => (s.id === sellerSteps[0]!.id ? { ...s, plannedDate: '2025-02-10', sellerOwner: 'Sam Rep' } : s)) };

  const context = { newId, now: '2025-02-12T15:00:00.000Z' };
  plan = skipStep(plan, sellerSteps[1]!.id, { category: 'alreadyDone', reason: hostile ? `${HOSTILE_FORMULA} ${HOSTILE_MARKUP}` : 'Customer came to us with the insight already.' }, context);
  const added = addOwnStep(
    plan,
    { lane: 'buyer', stageId: problem.id, title: hostile ? `${HOSTILE_FORMULA}, review; call` : 'Security questionnaire, early', x: 20, y: 900 },
    { category: 'customer', reason: 'Their security team asked to start early.' },
    context,
  );
  plan = added.plan;
  plan = {
    ...plan,
    steps: plan.steps.map((s) => (s.id === added.stepId ? { ...s, plannedDate: '2025-02-25', buyerOwnerId: chris.id, sellerOwner: 'Pat SE' } : s)),
    plan: { ...plan.plan, updatedAt: '2025-03-01T12:00:00.000Z' },
  };
  return { playbook, plan };
}
