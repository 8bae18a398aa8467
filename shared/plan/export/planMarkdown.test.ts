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
