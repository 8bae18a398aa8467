import { beforeEach, describe, expect, it } from 'vitest';
import { stripInvalidXmlChars } from '../../export/escape';
import { mutualActionPlan } from '../mutualActionPlan';
import type { PlanDoc } from '../plan';
import { one, parseIcs, physicalLines, unescapeText, unfold } from './icsParse.test-helper';
import { ICS_PRODID, mapToIcs } from './mapIcs';
import { LONG_MULTIBYTE, NOW, RLO, samplePlan } from './samplePlan.test-helper';

const compactDay = (day: string) => day.replace(/-/g, '');

describe.each([false, true])('mapToIcs (hostile text: %s)', (hostile) => {
  // Worked out per test, not when the file is collected, so mutation testing sees which tests read it.
  let plan: PlanDoc;
  let rows: ReturnType<typeof mutualActionPlan>;
  let ics: string;
  let calendar: ReturnType<typeof parseIcs>;
  let events: ReturnType<typeof parseIcs>['components'];
  beforeEach(() => {
    ({ plan } = samplePlan({ hostile }));
    rows = mutualActionPlan(plan);
    ics = mapToIcs(plan, { now: NOW });
    calendar = parseIcs(ics);
    events = calendar.components.filter((c) => c.name === 'VEVENT');
  });

  it('is one VCALENDAR with the required properties', () => {
    expect(calendar.name).toBe('VCALENDAR');
    expect(one(calendar, 'VERSION').value).toBe('2.0');
    expect(one(calendar, 'PRODID').value).toBe(ICS_PRODID);
    expect(one(calendar, 'CALSCALE').value).toBe('GREGORIAN');
  });

  it('uses CRLF line endings, lines of at most 75 octets, no control characters', () => {
    expect(() => physicalLines(ics)).not.toThrow();
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one all-day event per dated row, in order, with its day, the next day and its title', () => {
    expect(rows.length).toBeGreaterThan(2);
    expect(events).toHaveLength(rows.length);
    events.forEach((event, i) => {
      const row = rows[i]!;
      const start = one(event, 'DTSTART');
      expect(start.params).toEqual({ VALUE: 'DATE' });
      expect(start.value).toBe(compactDay(row.date));
      expect(one(event, 'DTEND').params).toEqual({ VALUE: 'DATE' });
      const next = new Date(`${row.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(one(event, 'DTEND').value).toBe(compactDay(next.toISOString().slice(0, 10)));
      // Bidi overrides are dropped; everything else in the title survives the round trip.
      expect(unescapeText(one(event, 'SUMMARY').value)).toBe(stripInvalidXmlChars(row.title).replaceAll(RLO, ''));
      expect(one(event, 'DTSTAMP').value).toBe('20250305T083000Z');
    });
  });

  it('gives each event a stable UID from the plan and step ids', () => {
    const uids = events.map((e) => one(e, 'UID').value);
    expect(uids).toEqual(rows.map((r) => `${r.stepId}@${plan.plan.id}.tandem`));
    expect(new Set(uids).size).toBe(uids.length);
    // A later export with another stamp keeps the UIDs, so a calendar updates rather than duplicates.
    const later = parseIcs(mapToIcs(plan, { now: '2025-04-01T00:00:00Z' }));
    expect(later.components.map((e) => one(e, 'UID').value)).toEqual(uids);
  });

  it('names both owners and the status in the description, escapes and all', () => {
    events.forEach((event, i) => {
      const description = unescapeText(one(event, 'DESCRIPTION').value).split('\n');
      expect(description[0]).toBe(`Customer owner: ${rows[i]!.buyerOwner.replaceAll(RLO, '')}`);
      expect(description[1]).toBe(`Our owner: ${rows[i]!.sellerOwner.replaceAll(RLO, '')}`);
      expect(description[2]).toMatch(/^Status: (Not started|In progress|Done)$/);
    });
    expect(unfold(ics).join('\n')).toContain('Our owner: Lee\\, SE\\; "the closer" \\\\ team');
  });

  it('contains no bidi override anywhere', () => {
    expect(ics).not.toContain(RLO);
  });
});

describe('mapToIcs details', () => {
  it('folds a long multi-byte title and unfolds it intact', () => {
    const { plan } = samplePlan({ hostile: true });
    const ics = mapToIcs(plan, { now: NOW });
    expect(physicalLines(ics).some((l) => l.startsWith(' '))).toBe(true);
    const summaries = parseIcs(ics).components.map((e) => unescapeText(one(e, 'SUMMARY').value));
    expect(summaries).toContain(LONG_MULTIBYTE);
  });

  it('strips control characters from text, whatever the plan holds', () => {
    const { plan } = samplePlan();
    const first = mutualActionPlan(plan)[0]!;
    const noisy = { ...plan, steps: plan.steps.map((s) => (s.id === first.stepId ? { ...s, title: 'Bell\u0007 esc\u001B[31m nel\u0085 tab\tend\u0000' } : s)) };
    const ics = mapToIcs(noisy, { now: NOW });
    expect(() => physicalLines(ics)).not.toThrow();
    expect(unescapeText(one(parseIcs(ics).components[0]!, 'SUMMARY').value)).toBe('Bell esc[31m nel tab end');
  });

  it('stamps the plan’s last change when no time is given, so the file depends on the plan alone', () => {
    const { plan } = samplePlan();
    const ics = mapToIcs(plan);
    expect(ics).toBe(mapToIcs(plan));
    expect(one(parseIcs(ics).components[0]!, 'DTSTAMP').value).toBe('20250301T120000Z');
    expect(() => mapToIcs(plan, { now: 'not a date' })).toThrow(RangeError);
  });

  it('writes an empty calendar when nothing is dated on both sides', () => {
    const { plan } = samplePlan();
    const empty = { ...plan, steps: plan.steps.map((s) => ({ ...s, plannedDate: null, doneDate: null })) };
    const calendar = parseIcs(mapToIcs(empty, { now: NOW }));
    expect(calendar.components).toEqual([]);
  });

  it('leaves out a row whose date names no real day instead of writing a broken event', () => {
    const { plan } = samplePlan();
    const first = mutualActionPlan(plan)[0]!;
    const broken = { ...plan, steps: plan.steps.map((s) => (s.id === first.stepId ? { ...s, plannedDate: '2025-02-30', doneDate: '2025-02-30' } : s)) };
    const uids = parseIcs(mapToIcs(broken, { now: NOW })).components.map((e) => one(e, 'UID').value);
    expect(uids).toHaveLength(mutualActionPlan(plan).length - 1);
    expect(uids.join()).not.toContain(first.stepId);
  });
});
