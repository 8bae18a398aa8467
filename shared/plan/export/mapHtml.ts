import { escapeHtml as h, userHtml as u } from '../../export/escape';
import { mutualActionPlan } from '../mutualActionPlan';
import type { PlanDoc } from '../plan';
import type { ExportTime } from './exportDate';
import { exportDay } from './exportDate';
import { htmlPage } from './htmlPage';
import { statusText } from './labels';
import { MAP_STYLE } from './planStyle';

export interface MapHtmlOptions {
  /** The day the page is prepared, printed in its footer; without it the page depends on the plan alone. */
  now?: ExportTime;
}

export const mapTitle = (plan: PlanDoc) => `Mutual action plan — ${plan.plan.account}`;

/**
 * The mutual action plan as a page to send to the customer: who does what by when, on each
 * side. It shows only what both sides agreed to (no deal value, stances, notes or deviations),
 * carries no script and its CSP forbids loading anything, so it is safe to forward and prints
 * on one table that repeats its header on every page.
 */
export function mapToHtml(plan: PlanDoc, options: MapHtmlOptions = {}): string {
  const m = plan.plan;
  const rows = mutualActionPlan(plan).map(
    (row) =>
      `<tr class="${row.done ? 'done' : 'open'}"><td class="date">${h(row.date)}</td><td>${u(row.title)}</td>` +
      `<td>${u(row.buyerOwner)}</td><td>${u(row.sellerOwner)}</td><td class="status">${h(statusText(row.status))}</td></tr>`,
  );
  const meta = [
    m.opportunity.trim() ? u(m.opportunity) : '',
    m.targetCloseDate ? h(`Target date ${m.targetCloseDate}`) : '',
    m.rep.trim() ? `${h('Your contact: ')}${u(m.rep)}` : '',
  ].filter(Boolean);
  const table = rows.length
    ? `<table><thead><tr><th>Date</th><th>What</th><th>Customer owner</th><th>Our owner</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p>No dated steps with an owner on each side yet.</p>';
  const prepared = options.now === undefined ? '' : ` on ${h(exportDay(options.now))}`;
  return htmlPage(mapTitle(plan), MAP_STYLE, [
    `<header><h1>${h('Mutual action plan — ')}${u(m.account)}</h1>${meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : ''}</header>`,
    `<main>${table}</main>`,
    `<footer>Prepared with Tandem${prepared}.</footer>`,
  ]);
}
