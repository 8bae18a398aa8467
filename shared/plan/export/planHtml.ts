import type { PlaybookDoc } from '../../domain/playbook';
import { escapeHtml as h, userHtml as u } from '../../export/escape';
import type { Note } from '../../review/notes';
import { notesHtmlSection } from '../../review/notesExport';
import { DeviationKind } from '../plan';
import type { Deviation, PlanDoc, StepStatus } from '../plan';
import { dealReview } from './dealReview';
import type { DealReview } from './dealReview';
import { outcomeSection, stakeholderMap, standingSection, verifiedSection } from './dealReviewHtml';
import type { ExportTime } from './exportDate';
import { exportDay } from './exportDate';
import { htmlPage, userParagraph } from './htmlPage';
import {
  DEVIATION_CATEGORY_LABELS,
  DEVIATION_KIND_LABELS,
  ENGAGEMENT_LABELS,
  OUTCOME_LABELS,
  ROLE_LABELS,
  STANCE_LABELS,
  dayOf,
  formatValue,
  statusText,
} from './labels';
import { outlinePlan, stepTitle } from './planOutline';
import type { OutlinedLane, OutlinedStage, OutlinedStep, PlanOutline } from './planOutline';
import { PLAN_STYLE } from './planStyle';

export interface PlanHtmlOptions {
  /** When the document is made; printed in its footer. Without it the document carries no export date. */
  now?: ExportTime;
  /** Review notes on the plan, listed after the outcome, open ones first. */
  notes?: readonly Note[];
}

const status = (value: StepStatus) => `<span class="status status-${value}">${h(statusText(value))}</span>`;
const fact = (term: string, body: string) => (body ? `<dt>${h(term)}</dt><dd>${body}</dd>` : '');
const list = (items: readonly string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '');
const CURRENT = '<span class="badge current">▶ Current stage</span>';
const DEVIATION_KINDS = DeviationKind.options;

/** A deviation as the step it concerns lists it; the step's own place already says where a move went. */
function deviationText(d: Deviation): string {
  return `${h(`${DEVIATION_KIND_LABELS[d.kind]} · ${DEVIATION_CATEGORY_LABELS[d.category]} · ${dayOf(d.at)}`)}: ${u(d.reason)}`;
}

function stepArticle(item: OutlinedStep): string {
  const { step } = item;
  // "Added by rep" already says what the add deviation would; the other kinds get a badge each.
  const badges = [
    item.addedByRep ? '<span class="badge">Added by rep</span>' : '',
    ...item.deviations.filter((d) => d.kind !== 'add').map((d) => `<span class="badge">${h(DEVIATION_KIND_LABELS[d.kind])}</span>`),
  ].join('');
  const criteria = item.criteria.map((c) => {
    const who = c.actor === 'buyer' ? 'Buyer' : c.actor === 'seller' ? 'Seller' : '';
    const evidence = c.note === null || !c.note.trim() ? '<span class="meta"> — no evidence yet</span>' : ` — evidence: ${u(c.note)}`;
    return `${who ? `<span class="meta">${h(who)}:</span> ` : ''}${u(c.statement)}${evidence}`;
  });
  const facts = [
    fact('Planned', step.plannedDate ? h(step.plannedDate) : ''),
    fact('Done on', step.doneDate ? h(step.doneDate) : ''),
    fact('Buyer owner', item.buyerOwner ? u(item.buyerOwner) : ''),
    fact('Seller owner', step.sellerOwner.trim() ? u(step.sellerOwner) : ''),
    fact('Stakeholders', item.stakeholders.map(u).join(', ')),
    fact('Exit criteria', list(criteria)),
    fact('Deviations', list(item.deviations.map(deviationText))),
  ].join('');
  return (
    `<article class="step status-${step.status}" id="${item.anchor}">` +
    `<h4>${u(stepTitle(step))}</h4>` +
    `<p class="meta">${status(step.status)} ${badges}</p>` +
    (facts ? `<dl class="facts">${facts}</dl>` : '') +
    userParagraph(step.notes) +
    `</article>`
  );
}

function stageSection(stage: OutlinedStage, index: number): string {
  const p = stage.progress;
  const count = stage.steps.length;
  const meta = p ? `${p.finished} of ${p.total} finished (${p.done} done, ${p.skipped} skipped, ${p.inProgress} in progress)` : `${count} ${count === 1 ? 'step' : 'steps'}`;
  const number = stage.stage ? `${index + 1}. ` : '';
  return (
    `<section class="stage">` +
    `<h3>${number}${u(stage.name)}</h3>` +
    `<p class="meta">${stage.current ? CURRENT : ''}${h(meta)}</p>` +
    (stage.steps.map(stepArticle).join('') || '<p class="meta">No steps.</p>') +
    `</section>`
  );
}

function laneSection(lane: OutlinedLane): string {
  return `<section class="lane lane-${lane.lane}"><h2>${h(lane.label)}</h2>${lane.stages.map(stageSection).join('') || '<p class="meta">No stages.</p>'}</section>`;
}

function deviationsSection(outline: PlanOutline): string {
  const rows = outline.deviations.map((line) => {
    const d = line.deviation;
    const subject = line.anchor ? `<a href="#${line.anchor}">${u(line.subject)}</a>` : u(line.subject);
    const to = line.toStage !== null ? ` → ${u(line.toStage)}` : '';
    return (
      `<tr><td>${h(dayOf(d.at))}</td><td>${h(DEVIATION_KIND_LABELS[d.kind])}</td><td>${subject}${to}</td>` +
      `<td>${h(DEVIATION_CATEGORY_LABELS[d.category])}</td><td>${u(d.reason)}</td></tr>`
    );
  });
  const counts = DEVIATION_KINDS.map((kind) => [kind, outline.deviations.filter((l) => l.deviation.kind === kind).length] as const).filter(([, n]) => n > 0);
  const summary = counts.length ? `<p>${h(counts.map(([kind, n]) => `${n} ${DEVIATION_KIND_LABELS[kind].toLowerCase()}`).join(' · '))}, each with the rep's reason.</p>` : '';
  return (
    `<section class="deviations"><h2>Deviations from the playbook</h2>${summary}` +
    (rows.length
      ? `<table><thead><tr><th>Date</th><th>Deviation</th><th>Step or stage</th><th>Category</th><th>Reason</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '<p class="meta">None: the plan follows the playbook.</p>') +
    `</section>`
  );
}

function committeeSection(outline: PlanOutline, review: DealReview): string {
  const rows = outline.committee.map(({ person, steps }) => {
    const roles = person.roles.map((r) => ROLE_LABELS[r]).join(', ');
    return (
      `<tr><td>${u(person.name)}</td><td>${u(person.title)}</td><td>${h(roles)}</td><td>${h(STANCE_LABELS[person.stance])}</td>` +
      `<td>${h(ENGAGEMENT_LABELS[person.engagement])}</td><td>${steps.map(u).join('<br>')}</td></tr>`
    );
  });
  const warnings = outline.warnings.map((w) => `<li>⚠ ${u(w.message)}</li>`).join('');
  return (
    `<section class="committee"><h2>Buying committee</h2>${stakeholderMap(review)}<h3>People</h3>` +
    (rows.length
      ? `<table class="people"><thead><tr><th>Name</th><th>Title</th><th>Buying roles</th><th>Stance</th><th>Engagement</th><th>Steps</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '<p class="meta">Nobody on the buying committee yet.</p>') +
    (warnings ? `<h3>Warnings</h3><ul class="warnings">${warnings}</ul>` : '<p class="meta">No committee warnings.</p>') +
    `</section>`
  );
}

/**
 * The deal plan as one self-contained HTML review document that reads like a deal review: the
 * deal's facts; where it stands in both lanes; what the buyer has verifiably done, with dates;
 * the buying committee by seat with its gaps; the deviations with their reasons; the outcome; the
 * review notes, open ones first; then every step in detail. It carries no script and its CSP
 * forbids loading anything; plan text is always shown as text.
 */
export function planToHtml(plan: PlanDoc, playbook: PlaybookDoc, options: PlanHtmlOptions = {}): string {
  const outline = outlinePlan(plan, playbook);
  const review = dealReview(plan, playbook);
  const m = plan.plan;
  const outcome = [OUTCOME_LABELS[m.outcome], m.outcomeDate ?? ''].filter(Boolean).join(', ');
  const facts = [
    fact('Opportunity', m.opportunity.trim() ? u(m.opportunity) : ''),
    fact('Value', h(formatValue(m))),
    fact('Target close date', h(m.targetCloseDate ?? '')),
    fact('Rep', m.rep.trim() ? u(m.rep) : ''),
    fact('Outcome', h(outcome)),
    fact('Playbook', `${u(playbook.playbook.name)} ${h(`(version ${playbook.playbook.version})`)}`),
    fact('Last updated', h(dayOf(m.updatedAt))),
  ].join('');
  const exported = options.now === undefined ? '' : ` on ${h(exportDay(options.now))}`;
  return htmlPage(`${m.account} — Tandem deal plan`, PLAN_STYLE, [
    `<header><p class="meta">Deal plan</p><h1>${u(m.account)}</h1><dl class="facts-top">${facts}</dl></header>`,
    standingSection(review, outline.lanes),
    verifiedSection(review),
    committeeSection(outline, review),
    deviationsSection(outline),
    outcomeSection(m),
    notesHtmlSection(options.notes ?? [], { playbook, plan }),
    ...outline.lanes.map(laneSection),
    `<footer>Exported from Tandem${exported}. This document contains no scripts and loads nothing from the network.</footer>`,
  ]);
}
