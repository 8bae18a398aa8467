import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../domain/playbook';
import { committeeWarnings } from './committee';
import { samplePlan } from './export/samplePlan.test-helper';
import type { PlanDoc, PlanStep, Stakeholder } from './plan';

/** A committee member; the sample plan's steps name Dana and Chris by these ids. */
const person = (id: string, change: Partial<Stakeholder>): Stakeholder => ({
  id,
  name: id,
  title: '',
  roles: [],
  stance: 'unknown',
  engagement: 'none',
  ...change,
});

const ONLY_TALKERS = 'Only talkers are engaged: nobody engaged can move the deal (no mobilizer).';

describe('committeeWarnings', () => {
  // Built per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  /** The sample plan with a committee that has a signer and a coach, so only the case under test warns. */
  let withCommittee: (...people: Stakeholder[]) => PlanDoc;
  let editStep: (title: string, change: Partial<PlanStep>) => void;
  let idOf: (title: string) => string;
  beforeEach(() => {
    ({ plan, playbook } = samplePlan());
    withCommittee = (...people) => ({ ...plan, stakeholders: people });
    editStep = (title, change) => {
      plan = { ...plan, steps: plan.steps.map((s) => (s.title === title ? { ...s, ...change } : s)) };
    };
    idOf = (title) => plan.steps.find((s) => s.title === title)!.id;
  });

  it('is silent for a committee with a signer, a coach and an engaged mobilizer, every current step owned', () => {
    expect(committeeWarnings(plan, playbook)).toEqual([]);
  });

  it('says nobody is known to sign when no one holds the economic buyer role', () => {
    const committee = withCommittee(
      person('person-dana', { roles: ['user'], stance: 'mobilizer', engagement: 'high' }),
      person('person-chris', { roles: ['coach'], stance: 'blocker', engagement: 'medium' }),
    );
    expect(committeeWarnings(committee, playbook)).toEqual([
      { kind: 'no-economic-buyer', message: 'No economic buyer: nobody on the committee is known to sign.', ids: [] },
    ]);
  });

  it('says nobody coaches the deal when no one holds the coach role', () => {
    const committee = withCommittee(
      person('person-dana', { roles: ['economicBuyer'], stance: 'mobilizer', engagement: 'high' }),
      person('person-chris', { roles: ['technical'], stance: 'blocker', engagement: 'medium' }),
    );
    expect(committeeWarnings(committee, playbook)).toEqual([
      { kind: 'no-coach', message: 'No coach: nobody inside the account guides the deal.', ids: [] },
    ]);
  });

  it('warns when everyone at medium or high engagement is a talker, whatever the less engaged are', () => {
    const committee = withCommittee(
      person('person-dana', { roles: ['economicBuyer'], stance: 'talker', engagement: 'high' }),
      person('person-chris', { roles: ['coach'], stance: 'talker', engagement: 'medium' }),
      // A mobilizer with little engagement moves nothing yet, nor does a disengaged blocker.
      person('person-lou', { stance: 'mobilizer', engagement: 'low' }),
      person('person-kim', { stance: 'mobilizer', engagement: 'none' }),
    );
    expect(committeeWarnings(committee, playbook)).toEqual([{ kind: 'only-talkers', message: ONLY_TALKERS, ids: [] }]);
  });

  it('counts a mobilizer at medium engagement as someone who can move the deal', () => {
    const committee = withCommittee(
      person('person-dana', { roles: ['economicBuyer'], stance: 'talker', engagement: 'high' }),
      person('person-chris', { roles: ['coach'], stance: 'mobilizer', engagement: 'medium' }),
    );
    expect(committeeWarnings(committee, playbook)).toEqual([]);
  });

  it('counts a mobilizer at high engagement as someone who can move the deal', () => {
    const committee = withCommittee(
      person('person-dana', { roles: ['economicBuyer'], stance: 'mobilizer', engagement: 'high' }),
      person('person-chris', { roles: ['coach'], stance: 'talker', engagement: 'medium' }),
    );
    expect(committeeWarnings(committee, playbook)).toEqual([]);
  });

  it('does not call a committee nobody is engaged with "only talkers"', () => {
    const committee = withCommittee(
      person('person-dana', { roles: ['economicBuyer'], stance: 'talker', engagement: 'low' }),
      person('person-chris', { roles: ['coach'], stance: 'talker', engagement: 'none' }),
    );
    expect(committeeWarnings(committee, playbook)).toEqual([]);
  });

  it('names the one open step of the current buyer stage that nobody on the committee owns', () => {
    editStep('Quantify the cost of the problem', { buyerOwnerId: null, stakeholderIds: [] });
    expect(committeeWarnings(plan, playbook)).toEqual([
      {
        kind: 'unassigned-buyer-step',
        message: '1 buyer step has nobody assigned in the current stage "Problem identification".',
        ids: [idOf('Quantify the cost of the problem')],
      },
    ]);
  });

  it('counts only open steps of the current stage as unassigned: done and skipped ones need no owner', () => {
    for (const title of ['Recognise a business problem worth solving', 'Quantify the cost of the problem', 'Win an executive sponsor for fixing it', 'Security questionnaire, early']) {
      editStep(title, { buyerOwnerId: null, stakeholderIds: [] });
    }
    // Recognise… is done already; the sponsor step is skipped. Both stay in the stage.
    editStep('Win an executive sponsor for fixing it', { status: 'skipped' });
    expect(committeeWarnings(plan, playbook)).toEqual([
      {
        kind: 'unassigned-buyer-step',
        message: '2 buyer steps have nobody assigned in the current stage "Problem identification".',
        ids: [idOf('Quantify the cost of the problem'), idOf('Security questionnaire, early')],
      },
    ]);
  });
});
