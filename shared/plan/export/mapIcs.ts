import { mutualActionPlan } from '../mutualActionPlan';
import type { PlanDoc } from '../plan';
import type { ExportTime } from './exportDate';
import { instantOf } from './exportDate';
import { escapeIcsText, icsDayAndNext, icsDocument, icsUtcDateTime } from './icsText';
import { STATUS_LABELS } from './labels';
import { mapTitle } from './mapHtml';
import { stepTitle } from './planOutline';

export interface MapIcsOptions {
  /** DTSTAMP, when the calendar is written; without it, when the plan last changed, so the file depends on the plan alone. */
  now?: ExportTime;
}

/** The product identifier RFC 5545 asks for: who wrote the file, not which copy. */
export const ICS_PRODID = '-//Tandem//Mutual action plan//EN';

/**
 * The mutual action plan as an iCalendar file (RFC 5545): one all-day event per dated row, so
 * both sides can put the plan in their calendars. UIDs come from the plan and step ids, so
 * importing a newer export updates the events instead of duplicating them. Events are
 * transparent: a step's day is a deadline, not a meeting that blocks the day.
 */
export function mapToIcs(plan: PlanDoc, options: MapIcsOptions = {}): string {
  const stamp = icsUtcDateTime(instantOf(options.now ?? plan.plan.updatedAt));
  const name = escapeIcsText(mapTitle(plan));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `NAME:${name}`, `X-WR-CALNAME:${name}`];
  for (const row of mutualActionPlan(plan)) {
    // Dates are checked when a plan is loaded; a day that is not one cannot become an event.
    const day = icsDayAndNext(row.date);
    if (!day) continue;
    const description = [`Customer owner: ${row.buyerOwner}`, `Our owner: ${row.sellerOwner}`, `Status: ${STATUS_LABELS[row.status]}`, mapTitle(plan)].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(`${row.stepId}@${plan.plan.id}.tandem`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day.start}`,
      `DTEND;VALUE=DATE:${day.end}`,
      `SUMMARY:${escapeIcsText(stepTitle(row))}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return icsDocument(lines);
}
