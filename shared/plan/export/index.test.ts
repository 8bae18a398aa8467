import { beforeEach, describe, expect, it } from 'vitest';
import type { PlaybookDoc } from '../../domain/playbook';
import type { PlanDoc } from '../plan';
import { PLAN_EXPORT_FORMATS, exportPlan, findPlanExportFormat, planExportFileName } from './index';
import type { PlanExportFormat } from './index';
import { mapToCsv } from './mapCsv';
import { mapToHtml } from './mapHtml';
import { mapToIcs } from './mapIcs';
import { mapToMarkdown } from './mapMarkdown';
import { planToCsv } from './planCsv';
import { planToHtml } from './planHtml';
import { planToMarkdown } from './planMarkdown';
import { NOW, RLO, samplePlan } from './samplePlan.test-helper';

describe('plan exports', () => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let playbook: PlaybookDoc;
  beforeEach(() => {
    ({ plan, playbook } = samplePlan());
  });

  it('offers each format once, with an extension and a media type', () => {
    const ids = PLAN_EXPORT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of PLAN_EXPORT_FORMATS) {
      expect(f.label).not.toBe('');
      expect(f.extension).toMatch(/^[a-z]+$/);
      expect(f.mime).toMatch(/^[a-z]+\/[a-z.+-]+$/);
      expect(findPlanExportFormat(f.id)).toBe(f);
    }
    expect(findPlanExportFormat('exe')).toBeUndefined();
  });

  it('dispatches each format to its writer', () => {
    const expected: Record<string, string> = {
      html: planToHtml(plan, playbook, { now: NOW }),
      md: planToMarkdown(plan, playbook),
      csv: planToCsv(plan, playbook),
      'map-html': mapToHtml(plan, { now: NOW }),
      'map-md': mapToMarkdown(plan),
      'map-csv': mapToCsv(plan),
      'map-ics': mapToIcs(plan, { now: NOW }),
    };
    expect(PLAN_EXPORT_FORMATS.map((f) => f.id)).toEqual(Object.keys(expected));
    for (const f of PLAN_EXPORT_FORMATS) expect(exportPlan(plan, playbook, f.id, { now: NOW })).toBe(expected[f.id]);
    expect(() => exportPlan(plan, playbook, 'exe' as PlanExportFormat)).toThrow(/Unknown plan export format/);
  });

  it('names the file after the account, safely', () => {
    expect(planExportFileName(plan, 'html')).toBe('Acme Corp deal plan.html');
    expect(planExportFileName(plan, 'map-html')).toBe('Acme Corp mutual action plan.html');
    expect(planExportFileName(plan, 'map-ics')).toBe('Acme Corp mutual action plan.ics');
    const names = PLAN_EXPORT_FORMATS.map((f) => planExportFileName(plan, f.id));
    expect(new Set(names).size).toBe(names.length);
    const hostile = { ...plan, plan: { ...plan.plan, account: `../..${RLO}/con` } };
    const name = planExportFileName(hostile, 'csv');
    expect(name).not.toMatch(/[/\\\u202E]/);
    expect(name.endsWith(' deal plan.csv')).toBe(true);
  });
});
