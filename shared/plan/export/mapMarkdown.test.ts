import { describe, expect, it } from 'vitest';
import { mutualActionPlan } from '../mutualActionPlan';
import { mapToMarkdown } from './mapMarkdown';
import { RLO, samplePlan } from './samplePlan.test-helper';

const cells = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /);

describe('mapToMarkdown', () => {
  it('is a titled table with one row per dated step, in date order', () => {
    const { plan } = samplePlan();
    const md = mapToMarkdown(plan);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Mutual action plan — Acme Corp');
    expect(lines[2]).toBe('Platform rollout · target date 2025-06-30 · your contact: Sam Rep');
    const table = lines.filter((l) => l.startsWith('| '));
    expect(cells(table[0]!)).toEqual(['Date', 'What', 'Customer owner', 'Our owner', 'Status']);
    const rows = mutualActionPlan(plan);
    expect(table.slice(2).map(cells)).toEqual(
      rows.map((r) => [r.date, r.title, r.buyerOwner, r.sellerOwner.replace(/\\/g, '\\\\'), expect.stringMatching(/^[○◐✓] /)]),
    );
    expect(md).toContain('_Prepared with Tandem._');
  });

  it('escapes plan text: no raw HTML, no bidi control, no extra table cell', () => {
    const { plan } = samplePlan({ hostile: true });
    const md = mapToMarkdown(plan);
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toContain(RLO);
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(cells(line)).toHaveLength(5);
    expect(md.split('\n')[0]).toMatch(/^# Mutual action plan — Acme \\<img/);
  });

  it('leaves out the line of deal facts when opportunity, date and contact are all blank', () => {
    const { plan } = samplePlan();
    const first = plan.steps.find((s) => s.title === 'Recognise a business problem worth solving')!;
    const md = mapToMarkdown({ ...plan, plan: { ...plan.plan, opportunity: '  ', targetCloseDate: null, rep: ' ' }, steps: [first] });
    expect(md).toBe(
      [
        '# Mutual action plan — Acme Corp',
        '',
        '| Date | What | Customer owner | Our owner | Status |',
        '| --- | --- | --- | --- | --- |',
        '| 2025-02-05 | Recognise a business problem worth solving | Dana Smith | Sam Rep | ✓ Done |',
        '',
        '_Prepared with Tandem._',
        '',
      ].join('\n'),
    );
  });

  it('shows only the deal facts that are filled in', () => {
    const { plan } = samplePlan();
    const md = mapToMarkdown({ ...plan, plan: { ...plan.plan, opportunity: ' ', targetCloseDate: null }, steps: [] });
    expect(md).toBe(['# Mutual action plan — Acme Corp', '', 'your contact: Sam Rep', '', 'No dated steps with an owner on each side yet.', '', '_Prepared with Tandem._', ''].join('\n'));
  });

  it('says so when nothing is dated on both sides yet', () => {
    const { plan } = samplePlan();
    const md = mapToMarkdown({ ...plan, steps: plan.steps.map((s) => ({ ...s, plannedDate: null, doneDate: null })) });
    expect(md).toContain('No dated steps with an owner on each side yet.');
    expect(md).not.toContain('| Date');
  });
});
