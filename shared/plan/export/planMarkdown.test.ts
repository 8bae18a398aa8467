import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../domain/playbook';
import type { PlanDoc } from '../plan';
import { planToMarkdown } from './planMarkdown';
import { HOSTILE_MARKUP, RLO, samplePlan } from './samplePlan.test-helper';

/** Cells of a Markdown table row, split at the pipes the escaping left bare. */
const cells = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /);

describe('planToMarkdown', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  let md: string;
  let lines: string[];
  beforeEach(() => {
    ({ plan, playbook } = samplePlan());
    md = planToMarkdown(plan, playbook);
    lines = md.split('\n');
  });

  it('heads the document with the deal’s facts and the playbook version', () => {
    expect(lines[0]).toBe('# Deal plan: Acme Corp');
    expect(lines.slice(2, 9)).toEqual([
      '- Opportunity: Platform rollout',
      '- Value: 120,000 EUR',
      '- Target close date: 2025-06-30',
      '- Rep: Sam Rep',
      '- Outcome: Open',
      '- Playbook: B2B SaaS new logo, version 1',
      '- Last updated: 2025-03-01',
    ]);
  });

  it('has a section per lane with its stages in order, the current one marked', () => {
    const headings = lines.filter((l) => /^#{2} /.test(l));
    expect(headings).toEqual(['## Progress', '## Buyer journey', '## Seller process', '## Deviations from the playbook', '## Buying committee']);
    const stages = lines.filter((l) => l.startsWith('### ')).slice(0, 6);
    expect(stages[0]).toBe('### 1. Problem identification (current stage)');
    expect(stages[1]).toBe('### 2. Solution exploration');
    expect(md).toContain('Buyer journey: current stage Problem identification.');
  });

  it('has a progress row per stage with counts that add up', () => {
    const rows = lines.filter((l) => /^\| (Buyer journey|Seller process) \|/.test(l)).map(cells);
    expect(rows).toHaveLength(playbook.stages.length);
    for (const [, , done, skipped, inProgress, notStarted, total] of rows) {
      expect(Number(done) + Number(skipped) + Number(inProgress) + Number(notStarted)).toBe(Number(total));
    }
    expect(rows[0]).toEqual(['Buyer journey', 'Problem identification (current)', '1', '0', '1', '2', '4']);
  });

  it('lists every step with status word and icon, dates, owners, evidence and deviations', () => {
    for (const step of plan.steps) expect(md).toMatch(new RegExp(`^- [○◐✓⊘] [A-Z][a-z ]+ — \\*\\*${step.title.replace(/[.*+?^${}()|[\]\\,]/g, '\\$&')}\\*\\*$`, 'm'));
    expect(md).toContain(
      [
        '- ✓ Done — **Recognise a business problem worth solving**',
        '  - planned 2025-02-03; done on 2025-02-05',
        '  - buyer owner: Dana Smith',
        '  - seller owner: Sam Rep',
        '  - stakeholders: Dana Smith',
      ].join('\n'),
    );
    expect(md).toContain('— evidence: CFO named it in the kickoff, minutes filed.');
    expect(md).toContain('  - deviation: Skipped · Already done · 2025-02-12: Customer came to us with the insight already.');
    expect(md).toContain('  - added by rep');
    expect(md).toContain('\n  Kickoff went well.\n');
  });

  it('lists deviations and the buying committee', () => {
    const deviations = lines.filter((l) => /^- 2025-02-12 · /.test(l));
    expect(deviations).toHaveLength(plan.deviations.length);
    expect(deviations).toContain('- 2025-02-12 · Added · **Security questionnaire, early** · Customer: Their security team asked to start early.');
    const committee = lines.filter((l) => /^\| (Dana|Chris)/.test(l)).map(cells);
    expect(committee[0]!.slice(0, 5)).toEqual(['Dana Smith', 'CFO', 'Economic buyer', 'Mobilizer', 'High']);
    expect(md).toContain('No committee warnings.');
  });
});

describe('planToMarkdown with hostile text', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let md: string;
  beforeEach(() => {
    const { plan, playbook } = samplePlan({ hostile: true });
    md = planToMarkdown(plan, playbook);
  });

  it('escapes markup so nothing renders as HTML, and drops bidi controls', () => {
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).not.toContain(HOSTILE_MARKUP);
    expect(md).not.toContain(RLO);
  });

  it('keeps every table row at its column count whatever the text holds', () => {
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      expect([7, 6]).toContain(cells(line).length);
    }
  });

  it('never opens a heading or a block from plan text', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.every((h) => /^#{1,3} /.test(h))).toBe(true);
    expect(headings[0]).toMatch(/^# Deal plan: Acme \\<img/);
  });
});

/**
 * A small deal built by hand so the whole document can be written out word for word: blank
 * opportunity and rep, no value or close date, a lost outcome with a date and a note, evidence
 * recorded, blank and missing, a step of the rep's own, a moved and a skipped step, a step whose
 * stage the playbook version lacks, and a seller lane that is finished.
 */
function miniDeal(): { plan: PlanDoc; playbook: PlaybookDoc } {
  const at = '2025-01-10T09:00:00.000Z';
  const stage = (id: string, lane: 'buyer' | 'seller', name: string, order: number, exitCriteria: PlaybookDoc['stages'][number]['exitCriteria'] = []) => ({
    id,
    lane,
    name,
    order,
    width: 400,
    expectedDays: null,
    alwaysOn: false,
    revisitable: false,
    exitCriteria,
  });
  const pbStep = (id: string, stageId: string, title: string, exitCriteria: PlaybookDoc['steps'][number]['exitCriteria'] = []) => ({
    id,
    stageId,
    title,
    description: '',
    required: true,
    expectedDays: null,
    roles: [],
    techniques: [],
    contentLinks: [],
    exitCriteria,
    x: 0,
    y: 0,
  });
  const playbook: PlaybookDoc = {
    playbook: { id: 'pb', name: 'Mini playbook', motion: '', description: '', version: 3, status: 'published', parentId: null, templateId: null, createdAt: at, updatedAt: at },
    viewport: null,
    stages: [
      stage('b1', 'buyer', 'Discover', 0, [{ id: 'c-stage', statement: 'Budget owner named', actor: 'buyer' }]),
      stage('b2', 'buyer', 'Decide', 1),
      stage('s1', 'seller', 'Qualify', 0),
    ],
    steps: [
      pbStep('ps1', 'b1', 'Agree the problem', [
        { id: 'c1', statement: 'Problem written down', actor: 'buyer' },
        { id: 'c2', statement: 'Cost agreed', actor: 'seller' },
      ]),
      pbStep('ps2', 'b1', 'Map the committee'),
      pbStep('ps3', 'b2', 'Sign'),
      pbStep('ps4', 's1', 'Qualify the deal'),
    ],
    links: [],
    assumptions: [],
  };
  type Step = PlanDoc['steps'][number];
  const step = (id: string, playbookStepId: string | null, lane: 'buyer' | 'seller', stageId: string, title: string, y: number, change: Partial<Step> = {}): Step => ({
    id,
    playbookStepId,
    lane,
    stageId,
    title,
    status: 'notStarted',
    plannedDate: null,
    doneDate: null,
    buyerOwnerId: null,
    sellerOwner: '',
    stakeholderIds: [],
    evidence: [],
    notes: '',
    x: 0,
    y,
    ...change,
  });
  const plan: PlanDoc = {
    plan: {
      id: 'plan',
      playbookId: 'pb',
      account: 'Globex',
      opportunity: '  ',
      value: null,
      currency: 'USD',
      targetCloseDate: null,
      rep: ' ',
      outcome: 'lost',
      outcomeDate: '2025-04-01',
      outcomeNote: 'Budget frozen.',
      createdAt: at,
      updatedAt: '2025-04-02T08:00:00.000Z',
    },
    steps: [
      step('p1', 'ps1', 'buyer', 'b1', 'Agree the problem', 0, {
        status: 'done',
        plannedDate: '2025-02-03',
        doneDate: '2025-02-05',
        buyerOwnerId: 'dana',
        sellerOwner: 'Sam',
        stakeholderIds: ['dana', 'chris'],
        evidence: [
          { criterionId: 'c1', note: 'Minutes filed.' },
          { criterionId: 'c2', note: '   ' },
          { criterionId: 'c-stage', note: 'CFO said so.' },
          { criterionId: 'c-gone', note: 'Old note.' },
        ],
        notes: 'Went well.\n\n\nNext: pricing.',
      }),
      step('p2', 'ps2', 'buyer', 'b1', 'Map the committee', 100, { status: 'inProgress', plannedDate: '2025-02-20', sellerOwner: '  ', notes: '  ' }),
      step('p3', null, 'buyer', 'b1', 'Security review', 200),
      step('p4', 'ps3', 'buyer', 'b2', 'Sign', 0, { status: 'skipped', doneDate: '2025-03-01', buyerOwnerId: 'dana' }),
      step('p5', 'ps4', 'seller', 's1', 'Qualify the deal', 0, { status: 'done', doneDate: '2025-02-01' }),
      step('p6', 'ps-gone', 'buyer', 'b-gone', 'Old step', 0),
    ],
    stakeholders: [
      { id: 'dana', name: 'Dana Smith', title: 'CFO', roles: ['economicBuyer', 'user'], stance: 'mobilizer', engagement: 'high' },
      { id: 'chris', name: 'Chris Lee', title: 'IT lead', roles: ['technical'], stance: 'talker', engagement: 'low' },
    ],
    deviations: [
      { id: 'd1', kind: 'skip', planStepId: 'p4', stageId: null, category: 'notRelevant', reason: 'Signed on paper.', at: '2025-02-10T09:00:00.000Z' },
      { id: 'd2', kind: 'move', planStepId: 'p3', stageId: 'b1', category: 'timing', reason: 'Needed sooner.', at: '2025-02-11T09:00:00.000Z' },
    ],
  };
  return { plan, playbook };
}

describe('planToMarkdown of a small deal, word for word', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let deal: { plan: PlanDoc; playbook: PlaybookDoc };
  beforeEach(() => {
    deal = miniDeal();
  });

  it('writes every section: blank facts left out, evidence or its absence, notes, strays, deviations and warnings', () => {
    expect(planToMarkdown(deal.plan, deal.playbook)).toBe(
      [
        '# Deal plan: Globex',
        '',
        '- Outcome: Lost, 2025-04-01 — Budget frozen.',
        '- Playbook: Mini playbook, version 3',
        '- Last updated: 2025-04-02',
        '',
        '## Progress',
        '',
        'Buyer journey: current stage Discover.',
        '',
        'Seller process: every stage is finished.',
        '',
        '| Lane | Stage | Done | Skipped | In progress | Not started | Steps |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
        '| Buyer journey | Discover (current) | 1 | 0 | 1 | 1 | 3 |',
        '| Buyer journey | Decide | 0 | 1 | 0 | 0 | 1 |',
        '| Seller process | Qualify | 1 | 0 | 0 | 0 | 1 |',
        '',
        '## Buyer journey',
        '',
        '### 1. Discover (current stage)',
        '',
        '_1 of 3 finished: 1 done, 0 skipped, 1 in progress_',
        '',
        '- ✓ Done — **Agree the problem**',
        '  - planned 2025-02-03; done on 2025-02-05',
        '  - buyer owner: Dana Smith',
        '  - seller owner: Sam',
        '  - stakeholders: Dana Smith, Chris Lee',
        '  - exit criterion: [buyer] Problem written down — evidence: Minutes filed.',
        '  - exit criterion: [seller] Cost agreed — no evidence yet',
        '  - exit criterion: [buyer] Budget owner named — evidence: CFO said so.',
        '  - exit criterion: Exit criterion not in this playbook version — evidence: Old note.',
        '',
        '  Went well.',
        '',
        '  Next: pricing.',
        '',
        '- ◐ In progress — **Map the committee**',
        '  - planned 2025-02-20',
        '- ○ Not started — **Security review**',
        '  - deviation: Moved · Timing · 2025-02-11: Needed sooner.',
        '  - added by rep',
        '',
        '### 2. Decide',
        '',
        '_1 of 1 finished: 0 done, 1 skipped, 0 in progress_',
        '',
        '- ⊘ Skipped — **Sign**',
        '  - done on 2025-03-01',
        '  - buyer owner: Dana Smith',
        '  - deviation: Skipped · Not relevant · 2025-02-10: Signed on paper.',
        '',
        '### Steps outside this playbook version',
        '',
        '- ○ Not started — **Old step**',
        '',
        '## Seller process',
        '',
        '### 1. Qualify',
        '',
        '_1 of 1 finished: 1 done, 0 skipped, 0 in progress_',
        '',
        '- ✓ Done — **Qualify the deal**',
        '  - done on 2025-02-01',
        '',
        '## Deviations from the playbook',
        '',
        '- 2025-02-10 · Skipped · **Sign** · Not relevant: Signed on paper.',
        '- 2025-02-11 · Moved · **Security review** → Discover · Timing: Needed sooner.',
        '',
        '## Buying committee',
        '',
        '| Name | Title | Buying roles | Stance | Engagement | Steps |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Dana Smith | CFO | Economic buyer, User | Mobilizer | High | Agree the problem; Sign |',
        '| Chris Lee | IT lead | Technical | Talker | Low | Agree the problem |',
        '',
        '### Warnings',
        '',
        '- ⚠ No coach: nobody inside the account guides the deal.',
        '- ⚠ 2 buyer steps have nobody assigned in the current stage "Discover".',
        '',
      ].join('\n'),
    );
  });

  it('says the plan follows the playbook and nobody is on the committee when that is so, and leaves out a blank outcome note', () => {
    const { plan, playbook } = deal;
    const md = planToMarkdown(
      { ...plan, plan: { ...plan.plan, outcome: 'open', outcomeDate: null, outcomeNote: '  ' }, stakeholders: [], deviations: [] },
      playbook,
    );
    expect(md.split('\n').slice(0, 6)).toEqual(['# Deal plan: Globex', '', '- Outcome: Open', '- Playbook: Mini playbook, version 3', '- Last updated: 2025-04-02', '']);
    expect(md.slice(md.indexOf('## Deviations'))).toBe(
      [
        '## Deviations from the playbook',
        '',
        'None: the plan follows the playbook.',
        '',
        '## Buying committee',
        '',
        'Nobody on the buying committee yet.',
        '',
        '### Warnings',
        '',
        '- ⚠ No economic buyer: nobody on the committee is known to sign.',
        '- ⚠ No coach: nobody inside the account guides the deal.',
        '- ⚠ 2 buyer steps have nobody assigned in the current stage "Discover".',
        '',
      ].join('\n'),
    );
  });

  it('shows a deal value of zero, and ends with "No committee warnings." when there are none', () => {
    const { plan, playbook } = deal;
    const coach = { id: 'kim', name: 'Kim Park', title: 'Ops', roles: ['coach' as const], stance: 'mobilizer' as const, engagement: 'medium' as const };
    const steps = plan.steps.map((s) => (s.id === 'p2' || s.id === 'p3' ? { ...s, buyerOwnerId: 'kim' } : s));
    const md = planToMarkdown({ ...plan, plan: { ...plan.plan, value: 0 }, steps, stakeholders: [...plan.stakeholders, coach] }, playbook);
    expect(md.split('\n').slice(2, 4)).toEqual(['- Value: 0 USD', '- Outcome: Lost, 2025-04-01 — Budget frozen.']);
    expect(md.endsWith('| Kim Park | Ops | Coach | Mobilizer | Medium | Map the committee; Security review |\n\nNo committee warnings.\n')).toBe(true);
  });
});
