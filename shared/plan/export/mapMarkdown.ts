import { mutualActionPlan } from '../mutualActionPlan';
import type { PlanDoc } from '../plan';
import { statusText } from './labels';
import { escapeMarkdownInline as md } from '../../export/escape';
import { mdTable } from './markdownTable';

/** The mutual action plan as a Markdown table, to paste into an e-mail or a shared document. */
export function mapToMarkdown(plan: PlanDoc): string {
  const m = plan.plan;
  const out = [`# Mutual action plan — ${md(m.account)}`, ''];
  // A blank opportunity escapes to '' (escaping trims), which the filter drops like the other blank facts.
  const meta = [md(m.opportunity), m.targetCloseDate ? `target date ${m.targetCloseDate}` : '', m.rep.trim() ? `your contact: ${md(m.rep)}` : ''].filter(Boolean);
  if (meta.length) out.push(meta.join(' · '), '');
  const rows = mutualActionPlan(plan).map((r) => [r.date, md(r.title), md(r.buyerOwner), md(r.sellerOwner), statusText(r.status)]);
  if (rows.length) out.push(...mdTable(['Date', 'What', 'Customer owner', 'Our owner', 'Status'], rows));
  else out.push('No dated steps with an owner on each side yet.');
  out.push('', '_Prepared with Tandem._', '');
  return out.join('\n');
}
