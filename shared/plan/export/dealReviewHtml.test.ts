// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../domain/playbook';
import type { Note } from '../../review/notes';
import type { PlanDoc, Stakeholder } from '../plan';
import { HOSTILE_MARKUP, HOSTILE_SCRIPT, samplePlan } from './samplePlan.test-helper';
import { expectInertPage } from './htmlSafety.test-helper';
import { planToHtml } from './planHtml';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowsOf = (page: Document, selector: string) => Array.from(page.querySelectorAll<HTMLTableRowElement>(`${selector} tbody tr`), (r) => Array.from(r.cells, text));
/** The stakeholder map as seat → who, in its order. */
const seatsOf = (page: Document) => Array.from(page.querySelectorAll('table.stakeholder-map tr'), (r) => [text(r.querySelector('th')), text(r.querySelector('td'))]);

const note = (id: string, fields: Partial<Note> & Pick<Note, 'target'>): Note => ({
  id,
  kind: 'comment',
  text: 'A note.',
  author: 'Morgan',
  createdAt: '2025-03-04T09:00:00.000Z',
  resolved: false,
  parentId: null,
  ...fields,
});

describe('the plan review document reads like a deal review', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  beforeEach(() => {
    ({ plan, playbook } = samplePlan());
  });

  it('in a manager’s order: standing, what the buyer did, committee, deviations, outcome, notes, then every step', () => {
    const notes = [note('n-1', { target: { kind: 'plan', id: plan.plan.id }, text: 'Push for the CFO meeting.' })];
    const page = expectInertPage(planToHtml(plan, playbook, { notes }));
    expect(Array.from(page.querySelectorAll('h2'), text)).toEqual([
      'Where the deal stands',
      'What the buyer has verifiably done',
      'Buying committee',
      'Deviations from the playbook',
      'Outcome',
      'Review notes',
      'Buyer journey',
      'Seller process',
    ]);
    expect(text(page.querySelector('section.review-notes'))).toContain('Push for the CFO meeting.');
  });

  it('what the buyer has verifiably done: each buyer exit criterion with evidence, its date, evidence and step', () => {
    const page = expectInertPage(planToHtml(plan, playbook));
    expect(rowsOf(page, 'table.verified')).toEqual([
      [
        '2025-02-05',
        'Economic buyer has named the problem as a priority for this fiscal year, in a meeting or in writing.',
        'CFO named it in the kickoff, minutes filed.',
        'Recognise a business problem worth solving (Problem identification)',
      ],
    ]);
    // What the current buyer stage still asks of the buyer, so the manager knows what to ask for.
    expect(Array.from(page.querySelectorAll('.to-verify li'), text)).toEqual(['Buyer has shared their own estimate (a figure or a range) of what the problem costs today.']);
    expect(page.querySelector('.unverified')).toBeNull();
  });

  it('a buyer step marked done with no buyer evidence is listed as unverified, and seller criteria never count as the buyer’s', () => {
    const sellerStage = playbook.stages.find((s) => s.lane === 'seller' && s.exitCriteria.some((c) => c.actor === 'seller'))!;
    const sellerCriterion = sellerStage.exitCriteria.find((c) => c.actor === 'seller')!;
    const sellerStep = plan.steps.find((s) => s.stageId === sellerStage.id && s.status === 'notStarted')!;
    const claimed = plan.steps.find((s) => s.title === 'Quantify the cost of the problem')!;
    const changed: PlanDoc = {
      ...plan,
      steps: plan.steps.map((s) =>
        s.id === claimed.id
          ? { ...s, status: 'done', doneDate: '2025-02-21' }
          : s.id === sellerStep.id
            ? { ...s, status: 'done', doneDate: '2025-02-22', evidence: [{ criterionId: sellerCriterion.id, note: 'Logged in the CRM.' }] }
            : s,
      ),
    };
    const page = expectInertPage(planToHtml(changed, playbook));
    expect(Array.from(page.querySelectorAll('.unverified li'), text)).toEqual(['Quantify the cost of the problem (2025-02-21)']);
    expect(rowsOf(page, 'table.verified')).toHaveLength(1);
    expect(text(page.querySelector('section.buyer-verified'))).not.toContain('Logged in the CRM.');
  });

  it('nothing verified yet is said in words', () => {
    const bare: PlanDoc = { ...plan, steps: plan.steps.map((s) => ({ ...s, evidence: [] })) };
    const page = expectInertPage(planToHtml(bare, playbook));
    expect(page.querySelector('table.verified')).toBeNull();
    expect(text(page.querySelector('section.buyer-verified'))).toContain('Nothing yet: no buyer exit criterion has evidence recorded.');
  });

  it('the stakeholder map puts people in their seats: the engaged mobilizer is the champion, blockers are named', () => {
    const page = expectInertPage(planToHtml(plan, playbook));
    expect(seatsOf(page)).toEqual([
      ['Economic buyer', 'Dana Smith (Mobilizer, high engagement)'],
      ['Champion', 'Dana Smith (Mobilizer, high engagement)'],
      ['Coach', 'Chris Lee (Blocker, medium engagement)'],
      ['Technical buyer', 'Chris Lee (Blocker, medium engagement)'],
      ['User buyer', 'Nobody named'],
    ]);
    expect(page.querySelectorAll('table.stakeholder-map tr.gap')).toHaveLength(0);
    expect(text(page.querySelector('section.committee'))).toContain('Blockers: Chris Lee');
  });

  it('the stakeholder map names the gaps: no economic buyer, no champion, no coach', () => {
    const talker: Stakeholder = { id: 'person-tom', name: 'Tom', title: 'Analyst', roles: ['user'], stance: 'talker', engagement: 'high' };
    const quiet: Stakeholder = { id: 'person-ann', name: 'Ann', title: 'Director', roles: [], stance: 'mobilizer', engagement: 'low' };
    const page = expectInertPage(planToHtml({ ...plan, stakeholders: [talker, quiet], steps: plan.steps.map((s) => ({ ...s, buyerOwnerId: null, stakeholderIds: [] })) }, playbook));
    expect(seatsOf(page)).toEqual([
      ['Economic buyer', '⚠ Gap: nobody known to sign'],
      // A mobilizer who is barely engaged does not sell for us.
      ['Champion', '⚠ Gap: nobody engaged who moves the deal for us (an engaged mobilizer)'],
      ['Coach', '⚠ Gap: nobody inside the account guides us'],
      ['Technical buyer', 'Nobody named'],
      ['User buyer', 'Tom (Talker, high engagement)'],
    ]);
    expect(page.querySelectorAll('table.stakeholder-map tr.gap')).toHaveLength(3);
  });

  it('deviations come with a count by kind and each reason', () => {
    const page = expectInertPage(planToHtml(plan, playbook));
    const section = page.querySelector('section.deviations')!;
    expect(text(section.querySelector('p'))).toBe("1 skipped · 1 added, each with the rep's reason.");
    expect(rowsOf(page, 'section.deviations table').map((r) => r[4])).toEqual(['Customer came to us with the insight already.', 'Their security team asked to start early.']);
  });

  it('the outcome: won or lost with its day and why; an open deal with its target close date', () => {
    const open = expectInertPage(planToHtml(plan, playbook));
    const factsOf = (page: Document) => Object.fromEntries(Array.from(page.querySelectorAll('section.outcome dt'), (dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(factsOf(open)).toEqual({ Outcome: 'Open', 'Target close date': '2025-06-30' });
    const lost: PlanDoc = { ...plan, plan: { ...plan.plan, outcome: 'lost', outcomeDate: '2025-05-02', outcomeNote: `Went with a rival. ${HOSTILE_SCRIPT}` } };
    const html = planToHtml(lost, playbook);
    expect(factsOf(expectInertPage(html))).toEqual({ Outcome: 'Lost, 2025-05-02', Why: `Went with a rival. ${HOSTILE_SCRIPT}` });
    expect(html).not.toMatch(/<script/i);
  });

  it('text a rep or reviewer typed stays text in every new section', () => {
    const hostile = samplePlan({ hostile: true });
    const notes = [note('n-1', { target: { kind: 'plan', id: hostile.plan.plan.id }, text: HOSTILE_MARKUP, author: HOSTILE_SCRIPT })];
    const html = planToHtml(hostile.plan, hostile.playbook, { notes });
    const page = expectInertPage(html);
    expect(rowsOf(page, 'table.verified')[0]![2]).toBe(HOSTILE_SCRIPT);
    expect(text(page.querySelector('table.stakeholder-map'))).toContain(`Dana ${HOSTILE_MARKUP}`);
    expect(text(page.querySelector('section.review-notes'))).toContain(HOSTILE_MARKUP);
    expect(page.querySelectorAll('img, script')).toHaveLength(0);
  });
});
