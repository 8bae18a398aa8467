import { describe, expect, it } from 'vitest';
import { mutualActionPlan } from '../mutualActionPlan';
import { csvRecords, isFormulaSafe, parseCsv } from '../../export/csvParse.test-helper';
import { MAP_CSV_COLUMNS, mapToCsv } from './mapCsv';
import { HOSTILE_FORMULA, RLO, samplePlan } from './samplePlan.test-helper';

describe('mapToCsv', () => {
  it('has one row per mutual action plan row, in date order, with both owners', () => {
    const { plan } = samplePlan();
    const csv = mapToCsv(plan);
    expect(csv.startsWith(`\uFEFF${MAP_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(parseCsv(csv)[0]).toEqual([...MAP_CSV_COLUMNS]);
    expect(csvRecords(csv)).toEqual(
      mutualActionPlan(plan).map((r) => ({
        date: r.date,
        what: r.title,
        customer_owner: r.buyerOwner,
        our_owner: r.sellerOwner,
        status: r.status,
        lane: r.lane,
        step_id: r.stepId,
      })),
    );
  });

  it('keeps hostile text inert in any spreadsheet', () => {
    const { plan } = samplePlan({ hostile: true });
    const rows = csvRecords(mapToCsv(plan));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const cell of Object.values(row)) {
        expect(isFormulaSafe(cell), cell).toBe(true);
        expect(cell).not.toContain(RLO);
      }
    }
    expect(rows.map((r) => r.what)).toContain(`'${HOSTILE_FORMULA}`);
  });
});
