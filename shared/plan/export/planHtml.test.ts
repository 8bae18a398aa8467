// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../domain/playbook';
import type { PlanDoc } from '../plan';
import { HOSTILE_FORMULA, HOSTILE_MARKUP, HOSTILE_SCRIPT, NOW, RLO, samplePlan } from './samplePlan.test-helper';
import { expectInertPage, parseHtml } from './htmlSafety.test-helper';
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
