import { assumptionStatus } from '../analysis/assumptionStatus';
import { computeCoverage } from '../analysis/coverage';
import type { Coverage } from '../analysis/coverage';
import { resolveLinks } from '../analysis/resolveLinks';
import type { Assumption, ExitCriterion, PlaybookDoc, Stage, Step } from '../domain/playbook';
import { escapeHtml as h, escapeXml, linkHost, safeWebUrl, userHtml as u } from './escape';
import { HTML_STYLE } from './htmlStyle';
import { outlinePlaybook, relationOf, stepsInReadingOrder } from './outline';
import type { LaneOutline } from './outline';
import { playbookToSvg } from './svg';

export interface HtmlExportOptions {
  /** The day to judge assumption staleness against; without it the document does not judge. */
  now?: Date | string;
}

/** Nothing may load or run: the file travels by e-mail and opens in any browser. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

interface Context {
  anchor: Map<string, string>;
  titleOf: (step: Step) => string;
  related: Map<string, Array<{ label: string; step: Step }>>;
  unsupported: Set<string>;
  sellerCentric: Set<string>;
}

/** Free text keeps its line breaks (CSS pre-wrap) instead of being parsed as markup. */
const text = (value: string) => (value.trim() ? `<p class="text">${u(value)}</p>` : '');
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function stepRef(ctx: Context, step: Step): string {
  return `<a href="#${ctx.anchor.get(step.id)}">${u(ctx.titleOf(step))}</a>`;
}

/** Who checks a criterion decides whether it is buyer-verifiable, so each item says who. */
function criteriaList(criteria: readonly ExitCriterion[]): string {
  if (criteria.length === 0) return '';
  const items = criteria.map((c) => {
    const badge =
      c.actor === 'buyer'
        ? '<span class="actor actor-buyer" title="Buyer-verifiable">Buyer</span>'
        : '<span class="actor actor-seller" title="Done by the seller: not buyer-verifiable">Seller</span>';
    return `<li>${badge}${u(c.statement)}</li>`;
  });
  return `<ul class="criteria">${items.join('')}</ul>`;
}

function contentLinks(step: Step): string {
  return step.contentLinks
    .map((link) => {
      const label = link.label.trim() || link.url;
      const url = safeWebUrl(link.url);
      // Only plain http(s) becomes a link, with the host it really goes to beside its label (which
      // may name another); anything else is shown, never followed.
      return url
        ? `<li><a href="${h(url)}" rel="noopener noreferrer" target="_blank">${u(label)}</a> <span class="meta link-host">(${h(linkHost(url))})</span></li>`
        : `<li>${u(label)}${label === link.url ? '' : ` <span class="meta">(${u(link.url)})</span>`}</li>`;
    })
    .join('');
}

function fact(term: string, body: string): string {
  return body ? `<dt>${h(term)}</dt><dd>${body}</dd>` : '';
}

function stepArticle(ctx: Context, step: Step): string {
  const meta = [step.required ? 'Required' : 'Optional', step.expectedDays !== null ? plural(step.expectedDays, 'day') : ''].filter(Boolean);
  const flags = [
    ctx.unsupported.has(step.id) ? '<span class="flag">No seller step supports this</span>' : '',
    ctx.sellerCentric.has(step.id) ? '<span class="flag">Seller-centric: mirrors no buyer step</span>' : '',
  ].join('');
  const relations = new Map<string, string[]>();
  for (const r of ctx.related.get(step.id) ?? []) {
    const list = relations.get(r.label) ?? [];
    list.push(stepRef(ctx, r.step));
    relations.set(r.label, list);
  }
  const facts = [
    fact('Roles', step.roles.map(u).join(', ')),
    fact('Techniques', step.techniques.map((t) => u(t.framework ? `${t.framework}: ${t.name}` : t.name)).join('<br>')),
    fact('Exit criteria', criteriaList(step.exitCriteria)),
    fact('Content', step.contentLinks.length ? `<ul>${contentLinks(step)}</ul>` : ''),
    ...[...relations].map(([label, refs]) => fact(label, refs.join(', '))),
  ].join('');
  return (
    `<article class="step${step.required ? ' required' : ''}" id="${ctx.anchor.get(step.id)}">` +
    `<h4>${u(ctx.titleOf(step))}</h4>` +
    `<p class="meta">${h(meta.join(' · '))}</p>${flags}` +
    text(step.description) +
    (facts ? `<dl class="facts">${facts}</dl>` : '') +
    `</article>`
  );
}

function stageSection(ctx: Context, stage: Stage, steps: Step[], index: number): string {
  const meta = [
    stage.expectedDays !== null ? `Expected ${plural(stage.expectedDays, 'day')}` : '',
    stage.alwaysOn ? 'Always on' : '',
    stage.revisitable ? 'Revisitable' : '',
    plural(steps.length, 'step'),
  ].filter(Boolean);
  return (
    `<section class="stage">` +
    `<h3>${index + 1}. ${u(stage.name)}</h3>` +
    `<p class="meta">${h(meta.join(' · '))}</p>` +
    (stage.exitCriteria.length ? `<p class="meta">Exit criteria</p>${criteriaList(stage.exitCriteria)}` : '') +
    steps.map((s) => stepArticle(ctx, s)).join('') +
    `</section>`
  );
}

function laneSection(ctx: Context, lane: LaneOutline): string {
  const stages = lane.stages.map((s, i) => stageSection(ctx, s.stage, s.steps, i)).join('');
  return `<section class="lane lane-${lane.lane}"><h2>${h(lane.label)}</h2>${stages || '<p class="meta">No stages.</p>'}</section>`;
}

function coverageSection(ctx: Context, c: Coverage, stepById: ReadonlyMap<string, Step>): string {
  const list = (ids: string[]) =>
    ids.length ? `<ul>${ids.map((id) => `<li>${stepRef(ctx, stepById.get(id)!)}</li>`).join('')}</ul>` : '<p class="meta">None.</p>';
  return (
    `<section class="coverage"><h2>Coverage</h2>` +
    `<p><span class="summary-figure">${Math.round(c.coverage * 100)}%</span> of buyer steps are supported by a seller step ` +
    `(${c.supportedBuyerSteps} of ${c.buyerSteps}).</p>` +
    `<p class="meta">${h(`${plural(c.buyerSteps, 'buyer step')} · ${plural(c.sellerSteps, 'seller step')} · ${plural(c.mirrorLinks, 'mirror link')} · ${plural(c.sequenceEdges, 'sequence edge')}`)}</p>` +
    `<h3>Buyer steps nothing supports</h3>${list(c.unsupportedBuyerStepIds)}` +
    `<h3>Seller-centric steps</h3>${list(c.sellerCentricStepIds)}` +
    `</section>`
  );
}

function dayOf(now: Date | string): string {
  if (typeof now === 'string') return now.slice(0, 10);
  return Number.isNaN(now.getTime()) ? 'an invalid date' : now.toISOString().slice(0, 10);
}

const FRESHNESS_LABEL = { fresh: 'Current', stale: 'Stale', 'never-validated': 'To review', unchecked: '' } as const;

function assumptionsSection(assumptions: readonly Assumption[], now: Date | string | undefined): string {
  if (assumptions.length === 0) return '';
  const rows = assumptions.map((a) => {
    const status = assumptionStatus(a, now);
    const due = status.dueOn ? `due ${status.dueOn}` : '';
    const state = [FRESHNESS_LABEL[status.freshness], due].filter(Boolean).join(', ');
    return (
      `<tr class="${status.freshness}"><td>${u(a.statement)}</td><td>${u(a.source)}</td><td>${h(a.confidence)}</td>` +
      `<td>${h(a.lastValidatedAt ?? '—')}</td><td>${h(plural(a.revalidateEveryDays, 'day'))}</td><td>${h(state)}</td></tr>`
    );
  });
  const asOf = now === undefined ? '' : `<p class="meta">Staleness judged as of ${h(dayOf(now))}.</p>`;
  return (
    `<section class="assumptions"><h2>Buyer-journey assumptions</h2>${asOf}` +
    `<table><thead><tr><th>Assumption</th><th>Source</th><th>Confidence</th><th>Last validated</th><th>Revalidate every</th><th>Status</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

/**
 * One self-contained HTML review document: canvas drawing, every stage and step with its
 * details, coverage and assumptions. It carries no script and its CSP forbids loading anything,
 * so a reviewer can open a file from anyone safely; only http(s) content links are clickable.
 */
export function playbookToHtml(doc: PlaybookDoc, options: HtmlExportOptions = {}): string {
  const outline = outlinePlaybook(doc);
  const ordered = stepsInReadingOrder(outline);
  const { mirrors, sequences, stepById } = resolveLinks(doc);
  const anchor = new Map(ordered.map((o, i) => [o.step.id, `step-${i + 1}`] as const));
  const related = new Map<string, Array<{ label: string; step: Step }>>();
  const add = (id: string, label: string, step: Step) => {
    const list = related.get(id) ?? [];
    list.push({ label, step });
    related.set(id, list);
  };
  for (const m of mirrors) {
    const verifies = relationOf(m.link) === 'verifies';
    add(m.seller.id, verifies ? 'Verifies' : 'Supports', m.buyer);
    add(m.buyer.id, verifies ? 'Verified by' : 'Supported by', m.seller);
  }
  for (const s of sequences) {
    add(s.source.id, 'Next', s.target);
    add(s.target.id, 'After', s.source);
  }
  const coverage = computeCoverage(doc);
  const ctx: Context = {
    anchor,
    titleOf: (step) => step.title.trim() || 'Untitled step',
    related,
    unsupported: new Set(coverage.unsupportedBuyerStepIds),
    sellerCentric: new Set(coverage.sellerCentricStepIds),
  };
  const p = doc.playbook;
  const meta = [p.motion ? u(p.motion) : '', h(`Version ${p.version}`), h(p.status), h(`Updated ${p.updatedAt.slice(0, 10)}`)].filter(Boolean).join(' · ');

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Tandem">',
    // A <title> holds text only, so no <bdi>: the name goes without bidi controls instead.
    `<title>${escapeXml(p.name)} — Tandem playbook</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${u(p.name)}</h1><p class="meta">${meta}</p>${text(p.description)}</header>`,
    // Coverage is the summary: with the title it fills the first printed page, before the
    // canvas gets a landscape page of its own.
    coverageSection(ctx, coverage, stepById),
    `<section class="canvas-section"><h2>Canvas</h2><figure class="canvas">${playbookToSvg(doc)}</figure></section>`,
    ...outline.map((lane) => laneSection(ctx, lane)),
    assumptionsSection(doc.assumptions, options.now),
    '<footer>Exported from Tandem. This document contains no scripts and loads nothing from the network.</footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
