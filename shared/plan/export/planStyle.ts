import { HTML_STYLE } from '../../export/htmlStyle';

/**
 * The plan review document looks like the playbook one (same fonts, lanes and print rules) plus
 * what only a plan has: status marks, the progress table, the stakeholder map and its gaps,
 * deviation badges and warnings. Status and gaps are told by icon and word; the colours only
 * repeat them. The summary sections flow on from the first page; each lane's steps start a page.
 */
export const PLAN_STYLE = `${HTML_STYLE}
.facts-top{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0 0}
.facts-top dt{color:var(--muted)}.facts-top dd{margin:0;overflow-wrap:anywhere}
.status{display:inline-block;font-size:12px;font-weight:600;padding:0 6px;border-radius:4px;border:1px solid currentColor;white-space:nowrap}
.status.status-done{color:#166534}.status.status-inProgress{color:#1d4ed8}.status.status-notStarted{color:var(--muted)}.status.status-skipped{color:var(--warn)}
.step.status-skipped h4{text-decoration:line-through}
.current{font-weight:600}
.badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:4px;background:#f3f4f6;border:1px solid var(--line);margin:2px 4px 2px 0}
.warnings li{color:var(--warn)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.standing{list-style:none;padding:0}
.progress th:first-child{width:28%}table.verified th:first-child{width:7.5em}
.stakeholder-map th{width:12em;text-align:left;font-weight:600}
tr.gap td,tr.gap th{background:#fff7ed}.gap{color:var(--warn)}
@media print{
  .status,.badge{border-color:#000}
  tr.gap td,tr.gap th{background:none}
}
`;

/**
 * The page a rep sends to the customer: one table, readable on a phone and on paper, in the
 * same system fonts as the rest of Tandem's exports.
 */
export const MAP_STYLE = `
:root{color-scheme:light;--muted:#4b5563;--line:#d1d5db}
*{box-sizing:border-box}
body{margin:0 auto;max-width:960px;padding:24px 32px 48px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#111827;background:#fff}
h1{font-size:26px;margin:0 0 4px}
.meta{color:var(--muted);font-size:13px;margin:0 0 12px}
table{border-collapse:collapse;width:100%;font-size:14px;margin-top:12px}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f3f4f6}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
tr.done td{color:var(--muted)}
.status{white-space:nowrap}
footer{margin-top:32px;color:var(--muted);font-size:12px}
@page{margin:14mm}
@media print{
  body{max-width:none;padding:0;font-size:11pt}
  th{background:none}
  thead{display:table-header-group}
  tr{break-inside:avoid}
}
`.trim();
