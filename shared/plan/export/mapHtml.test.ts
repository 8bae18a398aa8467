// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { mutualActionPlan } from '../mutualActionPlan';
import type { PlanDoc } from '../plan';
import { expectInertPage, parseHtml } from './htmlSafety.test-helper';
import { mapToHtml } from './mapHtml';
import { HOSTILE_MARKUP, NOW, RLO, samplePlan } from './samplePlan.test-helper';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tableRows = (page: Document) => Array.from(page.querySelectorAll<HTMLTableRowElement>('tbody tr'), (r) => Array.from(r.cells, text));

describe('mapToHtml', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let rows: ReturnType<typeof mutualActionPlan>;
  let html: string;
  let page: Document;
  beforeEach(() => {
    ({ plan } = samplePlan());
    rows = mutualActionPlan(plan);
    html = mapToHtml(plan, { now: NOW });
    page = parseHtml(html);
  });

  it('runs nothing and loads nothing', () => {
    expectInertPage(html);
  });

  it('is titled for the customer’s account and says who prepared it with what', () => {
    expect(page.title).toBe('Mutual action plan — Acme Corp');
    expect(text(page.querySelector('h1'))).toBe('Mutual action plan — Acme Corp');
    expect(text(page.querySelector('header .meta'))).toBe('Platform rollout · Target date 2025-06-30 · Your contact: Sam Rep');
    expect(text(page.querySelector('footer'))).toBe('Prepared with Tandem on 2025-03-05.');
  });

  it('has one row per dated step in date order: date, what, customer owner, our owner, status', () => {
    expect(Array.from(page.querySelectorAll('thead th'), text)).toEqual(['Date', 'What', 'Customer owner', 'Our owner', 'Status']);
    const labels = { notStarted: '○ Not started', inProgress: '◐ In progress', done: '✓ Done', skipped: '⊘ Skipped' };
    expect(tableRows(page)).toEqual(rows.map((r) => [r.date, r.title, r.buyerOwner, r.sellerOwner, labels[r.status]]));
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
    expect(rows.length).toBe(4);
  });

  it('shows the customer nothing internal: no value, stance, notes, evidence or deviation reasons', () => {
    const body = text(page.body);
    for (const internal of ['120,000', 'EUR', 'Blocker', 'Mobilizer', 'Kickoff went well', 'CFO named it', ...plan.deviations.map((d) => d.reason)]) {
      expect(body).not.toContain(internal);
    }
  });

  it('prints: repeats the table header on each page and keeps rows whole', () => {
    expect(html).toMatch(/@media print\{[^]*thead\{display:table-header-group\}[^]*tr\{break-inside:avoid\}/);
  });

  it('says so when nothing is dated on both sides yet', () => {
    const empty = { ...plan, steps: plan.steps.map((s) => ({ ...s, sellerOwner: '' })) };
    const emptyPage = parseHtml(mapToHtml(empty));
    expect(emptyPage.querySelector('table')).toBeNull();
    expect(text(emptyPage.body)).toContain('No dated steps with an owner on each side yet.');
    expect(text(emptyPage.querySelector('footer'))).toBe('Prepared with Tandem.');
  });
});

describe('mapToHtml, row by row and fact by fact', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  beforeEach(() => {
    ({ plan } = samplePlan());
  });
  const metaOf = (p: PlanDoc) => parseHtml(mapToHtml(p)).querySelector('header p.meta');

  it('marks each row done or open for the print style, and puts nothing between the rows', () => {
    const page = parseHtml(mapToHtml(plan));
    // By date: the problem recognised (done), its cost (in progress), the security questionnaire and the sponsor (not started).
    expect(Array.from(page.querySelectorAll('tbody tr'), (r) => r.className)).toEqual(['done', 'open', 'open', 'open']);
    expect(Array.from(page.querySelector('main')!.childNodes, (n) => n.nodeName)).toEqual(['TABLE']);
    expect(Array.from(page.querySelector('tbody')!.childNodes, (n) => n.nodeName)).toEqual(['TR', 'TR', 'TR', 'TR']);
  });

  it('leaves blank deal facts out of the header line without stray separators', () => {
    expect(text(metaOf({ ...plan, plan: { ...plan.plan, opportunity: '  ' } }))).toBe('Target date 2025-06-30 · Your contact: Sam Rep');
    expect(text(metaOf({ ...plan, plan: { ...plan.plan, rep: ' \t' } }))).toBe('Platform rollout · Target date 2025-06-30');
    expect(text(metaOf({ ...plan, plan: { ...plan.plan, targetCloseDate: null } }))).toBe('Platform rollout · Your contact: Sam Rep');
  });

  it('has no header line at all when the deal has no opportunity, date or contact', () => {
    const page = parseHtml(mapToHtml({ ...plan, plan: { ...plan.plan, opportunity: ' ', targetCloseDate: null, rep: '' } }));
    expect(Array.from(page.querySelector('header')!.children, (el) => el.tagName)).toEqual(['H1']);
    expect(text(page.querySelector('header'))).toBe('Mutual action plan — Acme Corp');
  });
});

describe('mapToHtml with hostile text', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let html: string;
  let page: Document;
  beforeEach(() => {
    ({ plan } = samplePlan({ hostile: true }));
    html = mapToHtml(plan);
    page = parseHtml(html);
  });

  it('runs nothing, loads nothing, and keeps every bidi control inside a <bdi>', () => {
    expectInertPage(html);
    expect(page.querySelector('h1 bdi')!.textContent).toContain(RLO);
  });

  it('shows markup as text', () => {
    expect(html).not.toMatch(/<img|<script/i);
    expect(tableRows(page).map((r) => r[1])).toContain(HOSTILE_MARKUP);
    expect(text(page.querySelector('h1'))).toBe(`Mutual action plan — ${plan.plan.account}`);
  });
});
