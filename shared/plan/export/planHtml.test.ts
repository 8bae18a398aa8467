// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../domain/playbook';
import type { PlanDoc } from '../plan';
import { HOSTILE_FORMULA, HOSTILE_MARKUP, HOSTILE_SCRIPT, NOW, RLO, samplePlan } from './samplePlan.test-helper';
import { expectInertPage, parseHtml } from './htmlSafety.test-helper';
import { moveStep } from '../deviations';
import { planToHtml } from './planHtml';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('planToHtml', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  let html: string;
  let page: Document;
  let body: string;
  beforeEach(() => {
    ({ plan, playbook } = samplePlan());
    html = planToHtml(plan, playbook, { now: NOW });
    page = parseHtml(html);
    body = text(page.body);
  });

  it('runs nothing and loads nothing', () => {
    expectInertPage(html);
  });

  it('shows the deal: account, opportunity, value with currency, close date, rep, outcome, playbook version', () => {
    expect(page.title).toBe('Acme Corp — Tandem deal plan');
    expect(text(page.querySelector('h1'))).toBe('Acme Corp');
    const facts = Object.fromEntries(Array.from(page.querySelectorAll('.facts-top dt'), (dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts).toMatchObject({
      Opportunity: 'Platform rollout',
      Value: '120,000 EUR',
      'Target close date': '2025-06-30',
      Rep: 'Sam Rep',
      Outcome: 'Open',
      Playbook: 'B2B SaaS new logo (version 1)',
    });
    expect(text(page.querySelector('footer'))).toContain('Exported from Tandem on 2025-03-05');
  });

  it('shows progress per stage for both lanes, with the current stage named', () => {
    const progress = page.querySelector('section.progress')!;
    const lanes = Array.from(progress.querySelectorAll('h3'), text);
    expect(lanes).toEqual(['Buyer journey', 'Seller process']);
    expect(text(progress)).toContain('Current stage: Problem identification');
    const rows = Array.from(progress.querySelectorAll<HTMLTableRowElement>('tbody tr'));
    expect(rows).toHaveLength(playbook.stages.length);
    const problem = rows.find((r) => text(r.cells[0]!).startsWith('Problem identification'))!;
    // Done, skipped, in progress, not started, steps: 1 done, 1 in progress, 1 not started, and the rep's own step.
    expect(Array.from(problem.cells).slice(1).map(text)).toEqual(['1', '0', '1', '2', '4', '▶ Current']);
    const later = rows.find((r) => text(r.cells[0]!) === 'Solution exploration')!;
    expect(text(later.cells[6]!)).toBe('○ Ahead');
    expect(Array.from(progress.querySelectorAll('.standing li'), text)).toEqual([
      'Buyer journey — stage 1 of 6: Problem identification · 1 of 21 steps done or skipped',
      'Seller process — stage 1 of 6: Prospect & qualify · 1 of 21 steps done or skipped',
    ]);
  });

  it('lists every step once, with its status as a word and an icon', () => {
    const articles = Array.from(page.querySelectorAll('article.step'));
    expect(articles).toHaveLength(plan.steps.length);
    expect(articles.map((a) => text(a.querySelector('h4'))).sort()).toEqual(plan.steps.map((s) => s.title).sort());
    const labels = { notStarted: '○ Not started', inProgress: '◐ In progress', done: '✓ Done', skipped: '⊘ Skipped' };
    for (const step of plan.steps) {
      const article = articles.find((a) => text(a.querySelector('h4')) === step.title)!;
      expect(text(article.querySelector('.status'))).toBe(labels[step.status]);
    }
  });

  it('shows dates, owners, stakeholders, evidence and notes on a step', () => {
    const article = Array.from(page.querySelectorAll('article.step')).find((a) => text(a.querySelector('h4')) === 'Recognise a business problem worth solving')!;
    const facts = Object.fromEntries(Array.from(article.querySelectorAll('dt'), (dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts).toMatchObject({ Planned: '2025-02-03', 'Done on': '2025-02-05', 'Buyer owner': 'Dana Smith', 'Seller owner': 'Sam Rep', Stakeholders: 'Dana Smith' });
    expect(facts['Exit criteria']).toContain('evidence: CFO named it in the kickoff, minutes filed.');
    expect(text(article)).toContain('Kickoff went well.');
  });

  it('lists each deviation with its kind, category, reason and date, linked to its step', () => {
    const rows = Array.from(page.querySelectorAll<HTMLTableRowElement>('section.deviations tbody tr'), (r) => Array.from(r.cells, text));
    expect(rows).toHaveLength(plan.deviations.length);
    expect(rows).toContainEqual(['2025-02-12', 'Skipped', expect.any(String), 'Already done', 'Customer came to us with the insight already.']);
    expect(rows).toContainEqual(['2025-02-12', 'Added', 'Security questionnaire, early', 'Customer', 'Their security team asked to start early.']);
    for (const a of Array.from(page.querySelectorAll('section.deviations a'))) {
      expect(page.getElementById(a.getAttribute('href')!.slice(1))?.tagName).toBe('ARTICLE');
    }
    const added = Array.from(page.querySelectorAll('article.step')).find((a) => text(a.querySelector('h4')) === 'Security questionnaire, early')!;
    expect(Array.from(added.querySelectorAll('.badge'), text)).toEqual(['Added by rep']);
    const skipped = Array.from(page.querySelectorAll('article.step')).find((a) => text(a.querySelector('.status')) === '⊘ Skipped')!;
    expect(Array.from(skipped.querySelectorAll('.badge'), text)).toEqual(['Skipped']);
  });

  it('shows the buying committee and its warnings', () => {
    const rows = Array.from(page.querySelectorAll<HTMLTableRowElement>('section.committee table.people tbody tr'), (r) => Array.from(r.cells, text));
    expect(rows[0]!.slice(0, 5)).toEqual(['Dana Smith', 'CFO', 'Economic buyer', 'Mobilizer', 'High']);
    expect(rows[1]!.slice(0, 5)).toEqual(['Chris Lee', 'IT lead', 'Technical, Coach', 'Blocker', 'Medium']);
    expect(rows[1]![5]).toContain('Win an executive sponsor for fixing it');
    // The committee has an economic buyer and a coach; the current stage's steps all have someone.
    const warnings = Array.from(page.querySelectorAll('.warnings li'), text);
    expect(warnings).toEqual([]);
    expect(body).toContain('No committee warnings.');
  });

  it('names the committee warnings when there are some', () => {
    const lonely = { ...plan, stakeholders: [], steps: plan.steps.map((s) => ({ ...s, buyerOwnerId: null, stakeholderIds: [] })) };
    const warnings = Array.from(expectInertPage(planToHtml(lonely, playbook)).querySelectorAll('.warnings li'), text);
    expect(warnings.some((w) => w.includes('No economic buyer'))).toBe(true);
    expect(warnings.some((w) => w.includes('No coach'))).toBe(true);
    expect(warnings.some((w) => w.includes('nobody assigned in the current stage "Problem identification"'))).toBe(true);
  });

  it('prints: has print rules and keeps steps whole', () => {
    expect(html).toMatch(/@media print\{[^]*\.step[^}]*break-inside:avoid/);
  });

  it('is the same document for the same plan (no clock read unless given)', () => {
    expect(planToHtml(plan, playbook)).toBe(planToHtml(plan, playbook));
    expect(planToHtml(plan, playbook)).not.toContain('Exported from Tandem on');
  });
});

describe('planToHtml with hostile text', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let html: string;
  let page: Document;
  beforeEach(() => {
    let playbook: PlaybookDoc;
    ({ plan, playbook } = samplePlan({ hostile: true }));
    html = planToHtml(plan, playbook);
    page = parseHtml(html);
  });

  it('runs nothing, loads nothing, and keeps every bidi control inside a <bdi>', () => {
    expectInertPage(html);
  });

  it('shows markup, formulas and scripts as text', () => {
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text(page.querySelector('h1'))).toBe(plan.plan.account);
    const titles = Array.from(page.querySelectorAll('article.step h4'), text);
    expect(titles).toContain(HOSTILE_MARKUP);
    expect(titles).toContain(HOSTILE_FORMULA);
    expect(page.body.textContent).toContain(HOSTILE_SCRIPT);
  });

  it('keeps a bidi override inside the text it came with', () => {
    expect(page.querySelector('h1 > bdi')!.textContent).toContain(RLO);
    expect(page.title).toBe(`Acme ${HOSTILE_MARKUP} Corp ${HOSTILE_FORMULA} — Tandem deal plan`);
  });
});

/** A step's facts as [term, text] pairs, in the order the document lists them. */
const factsOf = (el: Element) => Array.from(el.querySelectorAll(':scope > dl > dt'), (dt) => [text(dt), text(dt.nextElementSibling)]);
/** Text typed straight into a container rather than inside one of its elements: a stray separator would show here. */
const looseText = (el: Element) => Array.from(el.childNodes).filter((n) => n.nodeType === 3 && n.textContent!.trim());
const articleTitled = (page: Document, title: string) => Array.from(page.querySelectorAll('article.step')).find((a) => text(a.querySelector('h4')) === title)!;
const STEP_FACT_TERMS = ['Planned', 'Done on', 'Buyer owner', 'Seller owner', 'Stakeholders', 'Exit criteria', 'Deviations'];

/**
 * The sample deal cut down to five buyer steps and one seller step, so every stage, step and
 * fact can be checked by hand: one step with every fact, one with none, a skipped step, the
 * rep's own step, and a step in a stage the playbook no longer has.
 */
function smallDeal(): { plan: PlanDoc; playbook: PlaybookDoc } {
  const sample = samplePlan();
  const recognise = sample.plan.steps.find((s) => s.title === 'Recognise a business problem worth solving')!;
  // The playbook step gets criteria of its own: one per side, neither with evidence yet.
  const playbook: PlaybookDoc = {
    ...sample.playbook,
    steps: sample.playbook.steps.map((s) =>
      s.id === recognise.playbookStepId
        ? {
            ...s,
            exitCriteria: [
              { id: 'own-buyer', statement: 'Buyer signs the problem statement', actor: 'buyer' },
              { id: 'own-seller', statement: 'Seller sends the recap', actor: 'seller' },
            ],
          }
        : s,
    ),
  };
  const skippedId = sample.plan.deviations.find((d) => d.kind === 'skip')!.planStepId;
  const keep = ['Recognise a business problem worth solving', 'Quantify the cost of the problem', 'Win an executive sponsor for fixing it', 'Security questionnaire, early'];
  const steps = sample.plan.steps
    .filter((s) => keep.includes(s.title) || s.id === skippedId)
    .map((s) => {
      if (s.id === recognise.id) {
        const stageCriterion = s.evidence[0]!.criterionId;
        return {
          ...s,
          sellerOwner: '   ',
          evidence: [
            { criterionId: 'own-seller', note: '  ' },
            { criterionId: stageCriterion, note: 'CFO named it in the kickoff, minutes filed.' },
            { criterionId: 'criterion-gone', note: 'Old proof' },
          ],
        };
      }
      // Nothing filled in: the step shows its title and status only.
      if (s.title === 'Quantify the cost of the problem') return { ...s, plannedDate: null, buyerOwnerId: null, sellerOwner: '', stakeholderIds: [], evidence: [], notes: '' };
      return s;
    });
  const stray = { ...steps.find((s) => s.title === 'Quantify the cost of the problem')!, id: 'step-stray', title: 'Legal review', stageId: 'stage-gone', playbookStepId: null, y: 5000 };
  return { playbook, plan: { ...sample.plan, steps: [...steps, stray] } };
}

describe('planToHtml on a small deal, read element by element', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  let page: Document;
  beforeEach(() => {
    ({ plan, playbook } = smallDeal());
    page = parseHtml(planToHtml(plan, playbook));
  });

  it('keeps the sections in order, none inside another, and stages inside their lane', () => {
    expect(Array.from(page.body.children, (el) => `${el.tagName.toLowerCase()}.${el.className}`)).toEqual([
      'header.',
      'section.progress',
      'section.buyer-verified',
      'section.committee',
      'section.deviations',
      'section.outcome',
      'section.lane lane-buyer',
      'section.lane lane-seller',
      'footer.',
    ]);
    const buyer = page.querySelector('section.lane-buyer')!;
    expect(Array.from(buyer.children, (el) => `${el.tagName.toLowerCase()}.${el.className}`)).toEqual(['h2.', ...Array(7).fill('section.stage')]);
    expect(looseText(buyer)).toEqual([]);
    for (const stage of Array.from(page.querySelectorAll('section.stage'))) expect(looseText(stage)).toEqual([]);
  });

  it('numbers the playbook stages, marks the current one, and says "No steps." for an empty stage', () => {
    const stages = Array.from(page.querySelectorAll('section.lane-buyer > section.stage'), (s) => [text(s.querySelector('h3')), text(s.querySelector(':scope > p.meta'))]);
    expect(stages).toEqual([
      ['1. Problem identification', '▶ Current stage1 of 4 finished (1 done, 0 skipped, 1 in progress)'],
      ['2. Solution exploration', '0 of 0 finished (0 done, 0 skipped, 0 in progress)'],
      ['3. Requirements building', '0 of 0 finished (0 done, 0 skipped, 0 in progress)'],
      ['4. Supplier selection', '0 of 0 finished (0 done, 0 skipped, 0 in progress)'],
      ['5. Validation', '0 of 0 finished (0 done, 0 skipped, 0 in progress)'],
      ['6. Consensus creation', '0 of 0 finished (0 done, 0 skipped, 0 in progress)'],
      ['Steps outside this playbook version', '1 step'],
    ]);
    const solution = page.querySelectorAll('section.lane-buyer > section.stage')[1]!;
    expect(Array.from(solution.querySelectorAll('p.meta'), text)).toEqual(['0 of 0 finished (0 done, 0 skipped, 0 in progress)', 'No steps.']);
    expect(page.querySelector('section.stage .current')!.className).toBe('badge current');
  });

  it('lists every fact of a step, evidence per criterion with who checks it, and "no evidence yet" where there is none', () => {
    const recognise = articleTitled(page, 'Recognise a business problem worth solving');
    expect(recognise.className).toBe('step status-done');
    // A seller owner of only spaces is no owner.
    expect(factsOf(recognise).map(([term]) => term)).toEqual(['Planned', 'Done on', 'Buyer owner', 'Stakeholders', 'Exit criteria']);
    expect(Array.from(recognise.querySelectorAll('dd li'), text)).toEqual([
      'Buyer: Buyer signs the problem statement — no evidence yet',
      'Seller: Seller sends the recap — no evidence yet',
      'Buyer: Economic buyer has named the problem as a priority for this fiscal year, in a meeting or in writing. — evidence: CFO named it in the kickoff, minutes filed.',
      'Exit criterion not in this playbook version — evidence: Old proof',
    ]);
    expect(Array.from(recognise.querySelectorAll('dd li .meta'), text)).toEqual(['Buyer:', '— no evidence yet', 'Seller:', '— no evidence yet', 'Buyer:']);
    expect(text(recognise.querySelector(':scope > p.meta'))).toBe('✓ Done');

    const sponsor = articleTitled(page, 'Win an executive sponsor for fixing it');
    expect(factsOf(sponsor)).toEqual([
      ['Planned', '2025-03-01'],
      ['Buyer owner', 'Chris Lee'],
      ['Seller owner', 'Lee, SE; "the closer" \\ team'],
      ['Stakeholders', 'Chris Lee, Dana Smith'],
    ]);
  });

  it('counts the steps outside the playbook version in words that fit the number', () => {
    const stray = plan.steps.find((s) => s.id === 'step-stray')!;
    const two = { ...plan, steps: [...plan.steps, { ...stray, id: 'step-stray-2', title: 'Procurement call', y: 6000 }] };
    const other = Array.from(parseHtml(planToHtml(two, playbook)).querySelectorAll('section.lane-buyer > section.stage')).at(-1)!;
    expect([text(other.querySelector('h3')), text(other.querySelector(':scope > p.meta'))]).toEqual(['Steps outside this playbook version', '2 steps']);
    expect(Array.from(other.querySelectorAll('h4'), text)).toEqual(['Legal review', 'Procurement call']);
  });

  it('shows a step with nothing filled in as its title and status alone', () => {
    const bare = articleTitled(page, 'Quantify the cost of the problem');
    expect(Array.from(bare.children, (el) => el.tagName)).toEqual(['H4', 'P']);
    expect([text(bare.children[0]!), text(bare.children[1]!)]).toEqual(['Quantify the cost of the problem', '◐ In progress']);
  });

  it('badges a skipped step and the rep’s own step, and lists each step’s deviations with kind, category and day', () => {
    const skipped = Array.from(page.querySelectorAll('article.step')).find((a) => a.className === 'step status-skipped')!;
    expect(text(skipped.querySelector(':scope > p.meta'))).toBe('⊘ Skipped Skipped');
    expect(factsOf(skipped).map(([term]) => term)).toEqual(['Deviations']);
    expect(Array.from(skipped.querySelectorAll('dd li'), text)).toEqual(['Skipped · Already done · 2025-02-12: Customer came to us with the insight already.']);

    const own = articleTitled(page, 'Security questionnaire, early');
    expect(text(own.querySelector(':scope > p.meta'))).toBe('○ Not started Added by rep');
    expect(factsOf(own)).toEqual([
      ['Planned', '2025-02-25'],
      ['Buyer owner', 'Chris Lee'],
      ['Seller owner', 'Pat SE'],
      ['Deviations', 'Added · Customer · 2025-02-12: Their security team asked to start early.'],
    ]);
    for (const step of Array.from(page.querySelectorAll('article.step'))) {
      for (const [term] of factsOf(step)) expect(STEP_FACT_TERMS).toContain(term);
    }
  });

  it('counts the deviations by kind above their table', () => {
    const section = page.querySelector('section.deviations')!;
    expect(Array.from(section.children, (el) => el.tagName)).toEqual(['H2', 'P', 'TABLE']);
    expect(text(section.querySelector(':scope > p'))).toBe("1 skipped · 1 added, each with the rep's reason.");
    expect(Array.from(section.querySelectorAll('th'), text)).toEqual(['Date', 'Deviation', 'Step or stage', 'Category', 'Reason']);
  });

  it('lists each person’s steps one per line', () => {
    const section = page.querySelector('section.committee')!;
    expect(Array.from(section.querySelectorAll('table.people th'), text)).toEqual(['Name', 'Title', 'Buying roles', 'Stance', 'Engagement', 'Steps']);
    const dana = Array.from(section.querySelectorAll<HTMLTableRowElement>('table.people tbody tr')).find((r) => text(r.cells[0]!) === 'Dana Smith')!;
    const steps = dana.cells[5]!;
    expect(Array.from(steps.querySelectorAll('bdi'), text)).toEqual(['Recognise a business problem worth solving', 'Win an executive sponsor for fixing it']);
    expect(steps.querySelectorAll('br')).toHaveLength(1);
  });

  it('shows the deal facts it has, in order, and a footer without a date when none is given', () => {
    expect(factsOf(page.querySelector('header')!)).toEqual([
      ['Opportunity', 'Platform rollout'],
      ['Value', '120,000 EUR'],
      ['Target close date', '2025-06-30'],
      ['Rep', 'Sam Rep'],
      ['Outcome', 'Open'],
      ['Playbook', 'B2B SaaS new logo (version 1)'],
      ['Last updated', '2025-03-01'],
    ]);
    expect(text(page.querySelector('footer'))).toBe('Exported from Tandem. This document contains no scripts and loads nothing from the network.');
  });

  it('leaves out blank deal facts and dates the outcome when it is decided', () => {
    const decided = { ...plan, plan: { ...plan.plan, opportunity: '  ', targetCloseDate: null, rep: ' \t', outcome: 'won' as const, outcomeDate: '2025-05-01' } };
    const header = parseHtml(planToHtml(decided, playbook)).querySelector('header')!;
    expect(factsOf(header)).toEqual([
      ['Value', '120,000 EUR'],
      ['Outcome', 'Won, 2025-05-01'],
      ['Playbook', 'B2B SaaS new logo (version 1)'],
      ['Last updated', '2025-03-01'],
    ]);
  });

  it('says so when the plan follows the playbook and nobody is on the committee', () => {
    const plain = { ...plan, deviations: [], stakeholders: [], steps: plan.steps.map((s) => ({ ...s, buyerOwnerId: null, stakeholderIds: [] })) };
    const other = parseHtml(planToHtml(plain, playbook));
    expect(Array.from(other.querySelector('section.deviations')!.children, text)).toEqual(['Deviations from the playbook', 'None: the plan follows the playbook.']);
    const committee = other.querySelector('section.committee')!;
    expect(Array.from(committee.querySelectorAll(':scope > p.meta'), text)).toContain('Nobody on the buying committee yet.');
    expect(Array.from(committee.querySelectorAll('.warnings li'), text)).toEqual([
      '⚠ No economic buyer: nobody on the committee is known to sign.',
      '⚠ No coach: nobody inside the account guides the deal.',
      '⚠ 3 buyer steps have nobody assigned in the current stage "Problem identification".',
    ]);
  });

  it('puts no stray text between list items, facts, table rows or sections', () => {
    const plain = { ...plan, stakeholders: [], steps: plan.steps.map((s) => ({ ...s, buyerOwnerId: null, stakeholderIds: [] })) };
    for (const doc of [page, parseHtml(planToHtml(plain, playbook))]) {
      expect(doc.querySelectorAll('.warnings li, dd li, dl.facts-top dt').length).toBeGreaterThan(1);
      for (const el of Array.from(doc.querySelectorAll('ul, dl, tbody, section'))) expect(looseText(el)).toEqual([]);
    }
  });

  it('names the stage a step was moved to in the deviations table', () => {
    const sponsor = plan.steps.find((s) => s.title === 'Win an executive sponsor for fixing it')!;
    const solution = playbook.stages.find((s) => s.name === 'Solution exploration')!;
    const moved = moveStep(plan, sponsor.id, { stageId: solution.id, x: 0, y: 0 }, { category: 'customer', reason: 'They asked for a demo first.' }, { newId: () => 'dev-move', now: '2025-02-20T09:00:00.000Z' });
    const rows = Array.from(parseHtml(planToHtml(moved, playbook)).querySelectorAll<HTMLTableRowElement>('section.deviations tbody tr'), (r) => Array.from(r.cells, text));
    expect(rows).toContainEqual(['2025-02-20', 'Moved', 'Win an executive sponsor for fixing it → Solution exploration', 'Customer', 'They asked for a demo first.']);
  });

  it('says "No stages." for a lane the playbook has no stages in', () => {
    const buyerOnly: PlaybookDoc = { ...playbook, stages: playbook.stages.filter((s) => s.lane === 'buyer') };
    const buyerPlan = { ...plan, deviations: [], steps: plan.steps.filter((s) => s.lane === 'buyer') };
    const seller = parseHtml(planToHtml(buyerPlan, buyerOnly)).querySelector('section.lane-seller')!;
    expect(Array.from(seller.children, text)).toEqual(['Seller process', 'No stages.']);
  });
});
