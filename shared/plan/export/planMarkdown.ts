import type { PlaybookDoc } from '../../domain/playbook';
import type { Deviation, PlanDoc } from '../plan';
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
import { escapeMarkdownBlock as mdBlock, escapeMarkdownInline as md } from '../../export/escape';
import { mdTable } from './markdownTable';
import { outlinePlan, stepTitle } from './planOutline';
import type { OutlinedLane, OutlinedStep } from './planOutline';

const deviationText = (d: Deviation) => `${DEVIATION_KIND_LABELS[d.kind]} · ${DEVIATION_CATEGORY_LABELS[d.category]} · ${dayOf(d.at)}: ${md(d.reason)}`;

function stepItem(item: OutlinedStep): string[] {
  const { step } = item;
  const dates = [step.plannedDate ? `planned ${step.plannedDate}` : '', step.doneDate ? `done on ${step.doneDate}` : ''].filter(Boolean);
  const details = [
    dates.join('; '),
    item.buyerOwner ? `buyer owner: ${md(item.buyerOwner)}` : '',
    step.sellerOwner.trim() ? `seller owner: ${md(step.sellerOwner)}` : '',
    item.stakeholders.length ? `stakeholders: ${item.stakeholders.map(md).join(', ')}` : '',
    ...item.criteria.map((c) => {
      const actor = c.actor ? `[${c.actor}] ` : '';
      const evidence = c.note?.trim() ? ` — evidence: ${md(c.note)}` : ' — no evidence yet';
      return `exit criterion: ${actor}${md(c.statement)}${evidence}`;
    }),
    ...item.deviations.map((d) => `deviation: ${deviationText(d)}`),
    item.addedByRep ? 'added by rep' : '',
  ].filter(Boolean);
  const out = [`- ${statusText(step.status)} — **${md(stepTitle(step))}**`, ...details.map((d) => `  - ${d}`)];
  if (step.notes.trim()) out.push('', mdBlock(step.notes, '  '), '');
  return out;
}

function laneSection(lane: OutlinedLane): string[] {
  const out = [`## ${lane.label}`, ''];
  lane.stages.forEach((stage, index) => {
    out.push(`### ${stage.stage ? `${index + 1}. ` : ''}${md(stage.name)}${stage.current ? ' (current stage)' : ''}`, '');
    const p = stage.progress;
    if (p) out.push(`_${p.finished} of ${p.total} finished: ${p.done} done, ${p.skipped} skipped, ${p.inProgress} in progress_`, '');
    out.push(...stage.steps.flatMap(stepItem), '');
  });
  return out;
}

/**
 * The deal plan review as Markdown, with the same content as the HTML document: the deal's
 * facts, progress, every step with status, dates, owners, evidence and deviations, the
 * deviations with reasons, and the buying committee with its warnings. Every string from the
 * plan is escaped so it reads as text.
 */
export function planToMarkdown(plan: PlanDoc, playbook: PlaybookDoc): string {
  const outline = outlinePlan(plan, playbook);
  const m = plan.plan;
  const facts = [
    m.opportunity.trim() ? `Opportunity: ${md(m.opportunity)}` : '',
    m.value !== null ? `Value: ${formatValue(m)}` : '',
    m.targetCloseDate ? `Target close date: ${m.targetCloseDate}` : '',
    m.rep.trim() ? `Rep: ${md(m.rep)}` : '',
    `Outcome: ${[OUTCOME_LABELS[m.outcome], m.outcomeDate ?? ''].filter(Boolean).join(', ')}${m.outcomeNote.trim() ? ` — ${md(m.outcomeNote)}` : ''}`,
    `Playbook: ${md(playbook.playbook.name)}, version ${playbook.playbook.version}`,
    `Last updated: ${dayOf(m.updatedAt)}`,
  ].filter(Boolean);
  const out = [`# Deal plan: ${md(m.account)}`, '', ...facts.map((f) => `- ${f}`), ''];

  out.push('## Progress', '');
  for (const lane of outline.lanes) out.push(`${lane.label}: ${lane.current ? `current stage ${md(lane.current.name)}` : 'every stage is finished'}.`, '');
  const progressRows = outline.lanes.flatMap((lane) =>
    lane.stages
      .filter((s) => s.progress)
      .map((s) => {
        const p = s.progress!;
        const counts = [p.done, p.skipped, p.inProgress, p.total - p.finished - p.inProgress, p.total].map(String);
        return [lane.label, `${md(s.name)}${s.current ? ' (current)' : ''}`, ...counts];
      }),
  );
  out.push(...mdTable(['Lane', 'Stage', 'Done', 'Skipped', 'In progress', 'Not started', 'Steps'], progressRows, [2, 3, 4, 5, 6]), '');

  for (const lane of outline.lanes) out.push(...laneSection(lane));

  out.push('## Deviations from the playbook', '');
  if (outline.deviations.length === 0) out.push('None: the plan follows the playbook.', '');
  for (const line of outline.deviations) {
    const d = line.deviation;
    const to = line.toStage !== null ? ` → ${md(line.toStage)}` : '';
    out.push(`- ${dayOf(d.at)} · ${DEVIATION_KIND_LABELS[d.kind]} · **${md(line.subject)}**${to} · ${DEVIATION_CATEGORY_LABELS[d.category]}: ${md(d.reason)}`);
  }
  out.push('');

  out.push('## Buying committee', '');
  if (outline.committee.length === 0) out.push('Nobody on the buying committee yet.', '');
  else {
    const rows = outline.committee.map(({ person, steps }) => [
      md(person.name),
      md(person.title),
      person.roles.map((r) => ROLE_LABELS[r]).join(', '),
      STANCE_LABELS[person.stance],
      ENGAGEMENT_LABELS[person.engagement],
      steps.map(md).join('; '),
    ]);
    out.push(...mdTable(['Name', 'Title', 'Buying roles', 'Stance', 'Engagement', 'Steps'], rows), '');
  }
  if (outline.warnings.length) out.push('### Warnings', '', ...outline.warnings.map((w) => `- ⚠ ${md(w.message)}`), '');
  else out.push('No committee warnings.', '');

  // Sections each end with a blank line; where two meet, one is enough (there are no code blocks to disturb).
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
