import { beforeEach, describe, expect, it } from 'vitest';
import { csvRecords, isFormulaSafe, parseCsv } from '../../export/csvParse.test-helper';
import type { PlaybookDoc } from '../../domain/playbook';
import type { PlanDoc } from '../plan';
import { PLAN_CSV_COLUMNS, planToCsv } from './planCsv';
import { HOSTILE_FORMULA, HOSTILE_MARKUP, RLO, samplePlan } from './samplePlan.test-helper';

describe('planToCsv', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  let csv: string;
  let rows: ReturnType<typeof csvRecords>;
  let byId: Map<string | undefined, (typeof rows)[number]>;
  let names: Map<string, string>;
  beforeEach(() => {
    ({ plan, playbook } = samplePlan());
    csv = planToCsv(plan, playbook);
    rows = csvRecords(csv);
    byId = new Map(rows.map((r) => [r.id, r] as const));
    names = new Map(plan.stakeholders.map((p) => [p.id, p.name] as const));
  });

  it('has the documented header and one row per step, each step once', () => {
    // A byte order mark first, so Excel reads the text as UTF-8 in any locale.
    expect(csv.startsWith(`\uFEFF${PLAN_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(parseCsv(csv)[0]).toEqual([...PLAN_CSV_COLUMNS]);
    expect(rows).toHaveLength(plan.steps.length);
    expect([...byId.keys()].sort()).toEqual(plan.steps.map((s) => s.id).sort());
  });

  it('puts each step’s lane, stage, title, status, dates and owners in its row', () => {
    const stageName = new Map(playbook.stages.map((s) => [s.id, s.name] as const));
    for (const step of plan.steps) {
      const row = byId.get(step.id)!;
      expect(row).toMatchObject({
        lane: step.lane,
        stage: stageName.get(step.stageId),
        step: step.title,
        status: step.status,
        planned_date: step.plannedDate ?? '',
        done_date: step.doneDate ?? '',
        buyer_owner: step.buyerOwnerId ? names.get(step.buyerOwnerId) : '',
        seller_owner: step.sellerOwner,
        stakeholders: step.stakeholderIds.map((id) => names.get(id)).join('\n'),
        added_by_rep: String(step.playbookStepId === null),
      });
    }
  });

  it('lists each step’s deviations with kind, category and reason', () => {
    for (const d of plan.deviations) expect(byId.get(d.planStepId!)!.deviations).toBe(`${d.kind} [${d.category}] ${d.reason}`);
    const skipped = plan.steps.find((s) => s.status === 'skipped')!;
    expect(byId.get(skipped.id)!.deviations).toBe('skip [alreadyDone] Customer came to us with the insight already.');
    expect(rows.filter((r) => r.added_by_rep === 'true')).toHaveLength(1);
  });

  it('follows the plan’s reading order: buyer lane first, stages in order', () => {
    const lanes = rows.map((r) => r.lane);
    expect(lanes.indexOf('seller')).toBe(lanes.lastIndexOf('buyer') + 1);
    expect(rows[0]!.step).toBe('Recognise a business problem worth solving');
  });

  it('quotes every text cell and writes CRLF records', () => {
    const body = csv.split('\r\n').slice(1, -1);
    for (const line of body) expect(line.startsWith('"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  });
});

describe('planToCsv evidence', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  beforeEach(() => {
    ({ plan, playbook } = samplePlan());
  });

  it('lists one line per exit criterion with a note, leaving out blank notes and criteria without one', () => {
    const first = plan.steps.find((s) => s.title === 'Recognise a business problem worth solving')!;
    // The stage's criteria replaced by two of known wording; the step's own criteria have no note.
    const stages = playbook.stages.map((s) =>
      s.id === first.stageId
        ? {
            ...s,
            exitCriteria: [
              { id: 'crit-pain', statement: 'Pain named', actor: 'buyer' as const },
              { id: 'crit-cost', statement: 'Cost agreed', actor: 'buyer' as const },
            ],
          }
        : s,
    );
    const evidence = [
      { criterionId: 'crit-pain', note: 'Minutes filed.' },
      { criterionId: 'crit-cost', note: '   ' },
      { criterionId: 'crit-gone', note: 'Old note.' },
    ];
    const steps = plan.steps.map((s) => (s.id === first.id ? { ...s, evidence } : s));
    const rows = csvRecords(planToCsv({ ...plan, steps }, { ...playbook, stages }));
    expect(rows.find((r) => r.id === first.id)!.evidence).toBe('Pain named: Minutes filed.\nExit criterion not in this playbook version: Old note.');
    expect(rows.filter((r) => r.evidence !== '')).toHaveLength(1);
  });
});

describe('planToCsv with hostile text', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let rows: ReturnType<typeof csvRecords>;
  beforeEach(() => {
    const { plan, playbook } = samplePlan({ hostile: true });
    rows = csvRecords(planToCsv(plan, playbook));
  });

  it('keeps every cell from running as a formula, whatever separator a spreadsheet guesses', () => {
    for (const row of rows) for (const cell of Object.values(row)) expect(isFormulaSafe(cell), cell).toBe(true);
    expect(rows.map((r) => r.step)).toContain(`'${HOSTILE_FORMULA}`);
    expect(rows.some((r) => r.seller_owner === "'@SUM(A1:A9)")).toBe(true);
  });

  it('keeps markup as text and drops bidi controls', () => {
    expect(rows.map((r) => r.step)).toContain(HOSTILE_MARKUP);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toContain(RLO);
  });
});
