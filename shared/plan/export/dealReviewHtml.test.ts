// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc, Stage } from '../../domain/playbook';
import type { Note } from '../../review/notes';
import type { PlanDoc, Stakeholder } from '../plan';
import { HOSTILE_MARKUP, HOSTILE_SCRIPT, samplePlan } from './samplePlan.test-helper';
import { expectInertPage } from './htmlSafety.test-helper';
import { planToHtml } from './planHtml';
import type { DealReview } from './dealReview';
import { outcomeSection, stakeholderMap, standingSection, verifiedSection } from './dealReviewHtml';
import type { OutlinedLane, OutlinedStage } from './planOutline';
import type { StageProgress } from '../progress';

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

describe('the deal review sections, word for word', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let review: DealReview;
  beforeEach(() => {
    review = { standing: [], verified: [], unverified: [], toVerify: [], seats: [], blockers: [] };
  });
  const person = (id: string, fields: Partial<Stakeholder>): Stakeholder => ({ id, name: id, title: '', roles: [], stance: 'unknown', engagement: 'none', ...fields });
  const progress = (stageId: string, counts: Partial<StageProgress>): StageProgress => ({ stageId, lane: 'buyer', name: stageId, total: 0, done: 0, skipped: 0, inProgress: 0, finished: 0, ...counts });
  const stage = (name: string, fields: Partial<OutlinedStage>): OutlinedStage => ({ stage: null, name, progress: null, current: false, steps: [], ...fields });
  const playbookStage = (alwaysOn: boolean) => ({ alwaysOn }) as Stage;

  it('where the deal stands: each lane’s place, and each stage’s counts and state', () => {
    review.standing = [
      { lane: 'buyer', current: 'Pick', position: 2, stages: 4, finishedSteps: 3, steps: 9 },
      { lane: 'seller', current: null, position: null, stages: 1, finishedSteps: 2, steps: 2 },
    ];
    const lanes: OutlinedLane[] = [
      {
        lane: 'buyer',
        label: 'Buyer journey',
        current: { name: 'Pick' } as Stage,
        stages: [
          stage('Done', { progress: progress('a', { total: 2, done: 1, skipped: 1, finished: 2 }) }),
          stage('Pick', { current: true, progress: progress('b', { total: 3, done: 1, inProgress: 1, finished: 1 }) }),
          stage('Half', { progress: progress('c', { total: 3, done: 1, inProgress: 1, finished: 1 }) }),
          stage('Empty', { progress: progress('d', {}) }),
          stage('Beside', { stage: playbookStage(true), progress: progress('e', { total: 1 }) }),
          stage('Later', { stage: playbookStage(false), progress: progress('f', { total: 2 }) }),
          stage('Begun', { progress: progress('g', { total: 2, inProgress: 1 }) }),
          stage('Outside', { steps: [] }),
        ],
      },
      { lane: 'seller', label: 'Seller process', current: null, stages: [] },
    ];
    const head = '<table><thead><tr><th>Stage</th><th>Done</th><th>Skipped</th><th>In progress</th><th>Not started</th><th>Steps</th><th>State</th></tr></thead><tbody>';
    const row = (name: string, counts: number[], state: string, current = false) =>
      `<tr${current ? ' class="current"' : ''}><td><bdi>${name}</bdi></td>${counts.map((n) => `<td class="num">${n}</td>`).join('')}<td>${state}</td></tr>`;
    expect(standingSection(review, lanes)).toBe(
      '<section class="progress"><h2>Where the deal stands</h2><ul class="standing">' +
        '<li><strong>Buyer journey</strong> — stage 2 of 4: <bdi>Pick</bdi> · 3 of 9 steps done or skipped</li>' +
        '<li><strong>Seller process</strong> — every stage finished · 2 of 2 steps done or skipped</li></ul>' +
        '<h3>Buyer journey</h3><p class="meta">Current stage: <bdi>Pick</bdi></p>' +
        head +
        row('Done', [1, 1, 0, 0, 2], '✓ Finished') +
        row('Pick', [1, 0, 1, 1, 3], '▶ Current', true) +
        row('Half', [1, 0, 1, 1, 3], '◐ Started') +
        row('Empty', [0, 0, 0, 0, 0], '○ Ahead') +
        row('Beside', [0, 0, 0, 1, 1], '↻ Always on') +
        row('Later', [0, 0, 0, 2, 2], '○ Ahead') +
        row('Begun', [0, 0, 1, 1, 2], '◐ Started') +
        '</tbody></table>' +
        '<h3>Seller process</h3><p class="meta">Every stage is finished.</p>' +
        head +
        '</tbody></table></section>',
    );
  });

  it('what the buyer has verifiably done: dated rows, undated ones said in words, claims and what to ask for', () => {
    review.verified = [
      { statement: 'Agreed.', evidence: 'Email.', step: 'Kickoff', stage: 'Problem', date: '2025-02-01' },
      { statement: 'Budget.', evidence: 'Call.', step: 'Plan', stage: 'Problem', date: null },
    ];
    review.unverified = [
      { step: 'Demo', date: '2025-02-03' },
      { step: 'Trial', date: null },
    ];
    review.toVerify = ['Signs.', 'Pays.'];
    const cells = (values: string[]) => values.map((v) => `<td>${v}</td>`).join('');
    expect(verifiedSection(review)).toBe(
      '<section class="buyer-verified"><h2>What the buyer has verifiably done</h2>' +
        '<table class="verified"><thead><tr><th>Date</th><th>The buyer</th><th>Evidence</th><th>Step</th></tr></thead><tbody>' +
        `<tr>${cells(['2025-02-01', '<bdi>Agreed.</bdi>', '<bdi>Email.</bdi>', '<bdi>Kickoff</bdi> <span class="meta">(<bdi>Problem</bdi>)</span>'])}</tr>` +
        `<tr>${cells(['step not done yet', '<bdi>Budget.</bdi>', '<bdi>Call.</bdi>', '<bdi>Plan</bdi> <span class="meta">(<bdi>Problem</bdi>)</span>'])}</tr>` +
        '</tbody></table>' +
        '<h3>Marked done without buyer evidence</h3><ul class="unverified"><li><bdi>Demo</bdi> <span class="meta">(2025-02-03)</span></li><li><bdi>Trial</bdi></li></ul>' +
        '<h3>Still to verify in the current buyer stage</h3><ul class="to-verify"><li><bdi>Signs.</bdi></li><li><bdi>Pays.</bdi></li></ul>' +
        '</section>',
    );
  });

  it('with nothing verified, claimed or left to ask, says so and adds nothing else', () => {
    expect(verifiedSection(review)).toBe(
      '<section class="buyer-verified"><h2>What the buyer has verifiably done</h2><p class="meta">Nothing yet: no buyer exit criterion has evidence recorded.</p></section>',
    );
  });

  it('the stakeholder map: several people in a seat, gaps, an unnamed seat, blockers', () => {
    review.seats = [
      { seat: 'economicBuyer', people: [], gap: true },
      { seat: 'champion', people: [person('Ann', { stance: 'mobilizer', engagement: 'high' }), person('Bo', { stance: 'mobilizer', engagement: 'medium' })], gap: false },
      { seat: 'technical', people: [], gap: false },
      // A seat with no words of its own for a gap still reads as one.
      { seat: 'user', people: [], gap: true },
    ];
    review.blockers = [person('Cy', { stance: 'blocker' }), person('Di', { stance: 'blocker' })];
    expect(stakeholderMap(review)).toBe(
      '<h3>Stakeholder map</h3><table class="stakeholder-map"><tbody>' +
        '<tr class="gap"><th scope="row">Economic buyer</th><td><strong class="gap">⚠ Gap</strong>: nobody known to sign</td></tr>' +
        '<tr><th scope="row">Champion</th><td><bdi>Ann</bdi> <span class="meta">(Mobilizer, high engagement)</span><br><bdi>Bo</bdi> <span class="meta">(Mobilizer, medium engagement)</span></td></tr>' +
        '<tr><th scope="row">Technical buyer</th><td><span class="meta">Nobody named</span></td></tr>' +
        '<tr class="gap"><th scope="row">User buyer</th><td><strong class="gap">⚠ Gap</strong>: nobody</td></tr>' +
        '</tbody></table><p><strong>Blockers:</strong> <bdi>Cy</bdi>, <bdi>Di</bdi></p>',
    );
    review.blockers = [];
    expect(stakeholderMap(review)).toMatch(/<\/table>$/);
  });

  it('the outcome: an open deal with its target, a closed one with its day and why, a blank why left out', () => {
    const meta = samplePlan().plan.plan;
    expect(outcomeSection({ ...meta, outcome: 'open', outcomeDate: null, targetCloseDate: '2025-06-30', outcomeNote: '' })).toBe(
      '<section class="outcome"><h2>Outcome</h2><dl class="facts-top"><dt>Outcome</dt><dd>Open</dd><dt>Target close date</dt><dd>2025-06-30</dd></dl></section>',
    );
    expect(outcomeSection({ ...meta, outcome: 'won', outcomeDate: '2025-05-02', targetCloseDate: '2025-06-30', outcomeNote: 'Best fit.' })).toBe(
      '<section class="outcome"><h2>Outcome</h2><dl class="facts-top"><dt>Outcome</dt><dd>Won, 2025-05-02</dd><dt>Why</dt><dd><p class="text"><bdi>Best fit.</bdi></p></dd></dl></section>',
    );
    expect(outcomeSection({ ...meta, outcome: 'lost', outcomeDate: null, targetCloseDate: null, outcomeNote: ' \n ' })).toBe(
      '<section class="outcome"><h2>Outcome</h2><dl class="facts-top"><dt>Outcome</dt><dd>Lost</dd></dl></section>',
    );
  });
});
