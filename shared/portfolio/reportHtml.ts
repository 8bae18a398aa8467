import { userHtml } from '../export/escape';
import { htmlPage } from '../plan/export/htmlPage';
import { rateText } from './rateText';
import { DEVIATION_MEASURES, SMALL_SAMPLE, type DeviationMeasure, type OutcomeRates, type PlaybookEvidence, type PortfolioReport, type StepEvidence } from './portfolio';

const MEASURE_LABEL: Record<DeviationMeasure, string> = { skipped: 'Skipped', added: 'Step added after it', moved: 'Moved', loopedBack: 'Looped back to its stage' };

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;margin:24px auto;max-width:1100px;padding:0 16px}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #d0d7de}h3{font-size:15px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
.small{color:#6e7781}.small::after{content:" (few plans)";font-size:12px}
.muted{color:#6e7781}.bar{display:block}
bdi{overflow-wrap:anywhere}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}}
`;

/** The rates with the sample beside them; a small sample is greyed and labelled. */
function rateCell(r: OutcomeRates): string {
  const text = rateText(r);
  return r.small ? `<td class="small">${text}</td>` : `<td>${text}</td>`;
}

/** A bar drawn in inline SVG with its number printed beside it, so it reads without colour. */
function bar(value: number, max: number, label: string): string {
  const width = max === 0 ? 0 : Math.round((value / max) * 120);
  return `<svg class="bar" width="170" height="14" role="img" aria-label="${label}: ${value}"><rect x="0" y="2" width="${width}" height="10" fill="#57606a"/><text x="${width + 4}" y="11" font-size="11">${value}</text></svg>`;
}

function stepRows(playbook: PlaybookEvidence): string[] {
  const max = Math.max(1, ...playbook.steps.flatMap((s) => DEVIATION_MEASURES.map((m) => s[m])));
  const stageName = new Map(playbook.stages.map((s) => [s.stageId, s.name] as const));
  return playbook.steps.map(
    (s) =>
      `<tr><td>${s.lane === 'buyer' ? 'Buyer' : 'Seller'}</td><td>${userHtml(stageName.get(s.stageId) ?? '')}</td><td>${userHtml(s.title)}</td>` +
      DEVIATION_MEASURES.map((m) => `<td>${bar(s[m], max, MEASURE_LABEL[m])}</td>`).join('') +
      '</tr>',
  );
}

/**
 * Departures whose deals won more often than deals without them, on enough plans to mean
 * something: candidates for the next playbook version. Small samples are never ranked.
 */
export function promisingDeviations(playbook: PlaybookEvidence): Array<{ step: StepEvidence; measure: DeviationMeasure; lift: number }> {
  const found: Array<{ step: StepEvidence; measure: DeviationMeasure; lift: number }> = [];
  for (const step of playbook.steps) {
    for (const measure of DEVIATION_MEASURES) {
      const { with: withIt, without } = step.rates[measure];
      if (withIt.small || without.small || withIt.won === null || without.won === null) continue;
      const lift = withIt.won - without.won;
      if (lift > 0) found.push({ step, measure, lift });
    }
  }
  return found.sort((a, b) => b.lift - a.lift);
}

function playbookSection(p: PlaybookEvidence): string[] {
  const o = p.outcomes;
  const promising = promisingDeviations(p);
  const rateRows = p.steps.flatMap((s) =>
    DEVIATION_MEASURES.filter((m) => s[m] > 0).map(
      (m) => `<tr><td>${userHtml(s.title)}</td><td>${MEASURE_LABEL[m]}</td><td class="n">${s[m]}</td>${rateCell(s.rates[m].with)}${rateCell(s.rates[m].without)}</tr>`,
    ),
  );
  return [
    `<h2>${userHtml(p.name)} — version ${p.version}</h2>`,
    `<p>${p.plans} plan${p.plans === 1 ? '' : 's'}: ${o.won} won, ${o.lost} lost, ${o.noDecision} no decision, ${o.open} open.</p>`,
    '<h3>Where reps depart from the playbook</h3>',
    '<table><thead><tr><th>Lane</th><th>Stage</th><th>Step</th>' + DEVIATION_MEASURES.map((m) => `<th>${MEASURE_LABEL[m]}</th>`).join('') + '</tr></thead><tbody>',
    ...stepRows(p),
    '</tbody></table>',
    '<h3>How those deals ended</h3>',
    rateRows.length === 0
      ? '<p class="muted">No departures recorded yet.</p>'
      : `<table><thead><tr><th>Step</th><th>Departure</th><th>Plans</th><th>With it</th><th>Without it</th></tr></thead><tbody>${rateRows.join('')}</tbody></table>`,
    `<p class="muted">Rates count closed deals only (won, lost, no decision). Fewer than ${SMALL_SAMPLE} closed deals: shown grey and never ranked.</p>`,
    '<h3>Departures that keep winning</h3>',
    promising.length === 0
      ? '<p class="muted">None yet on enough deals.</p>'
      : `<ol>${promising.map(({ step, measure, lift }) => `<li>${MEASURE_LABEL[measure]}: ${userHtml(step.title)} — won ${Math.round(lift * 100)} points more often (n=${step.rates[measure].with.closed} with, ${step.rates[measure].without.closed} without)</li>`).join('')}</ol>`,
    '<h3>Stages</h3>',
    '<table><thead><tr><th>Lane</th><th>Stage</th><th>Expected days</th><th>Median days taken</th><th>Loop-backs</th></tr></thead><tbody>',
    ...p.stages.map(
      (s) =>
        `<tr><td>${s.lane === 'buyer' ? 'Buyer' : 'Seller'}</td><td>${userHtml(s.name)}</td><td class="n">${s.expectedDays ?? '–'}</td>` +
        `<td class="n${s.cycleSamples < SMALL_SAMPLE ? ' small' : ''}">${s.medianCycleDays ?? '–'} (n=${s.cycleSamples})</td><td class="n">${s.lane === 'buyer' ? s.loopBacks : '–'}</td></tr>`,
    ),
    '</tbody></table>',
  ];
}

/** The portfolio review as one self-contained page: no script, no request, charts as inline SVG. */
export function portfolioToHtml(report: PortfolioReport, options: { title?: string } = {}): string {
  const title = options.title ?? 'Portfolio review';
  return htmlPage(title, STYLE, [
    `<h1>${userHtml(title)}</h1>`,
    `<p>${report.plans} deal plan${report.plans === 1 ? '' : 's'} reviewed across ${report.playbooks.length} playbook version${report.playbooks.length === 1 ? '' : 's'}.</p>`,
    ...(report.skipped.length === 0
      ? []
      : [
          `<h2>Files skipped (${report.skipped.length})</h2>`,
          `<table><thead><tr><th>File</th><th>Why</th></tr></thead><tbody>${report.skipped.map((s) => `<tr><td>${userHtml(s.file)}</td><td>${userHtml(s.reason)}</td></tr>`).join('')}</tbody></table>`,
        ]),
    ...report.playbooks.flatMap(playbookSection),
    '<p class="muted">Prepared with Tandem.</p>',
  ]);
}
