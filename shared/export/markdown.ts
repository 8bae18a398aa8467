import { assumptionStatus } from '../analysis/assumptionStatus';
import { computeCoverage } from '../analysis/coverage';
import { resolveLinks } from '../analysis/resolveLinks';
import type { ExitCriterion, PlaybookDoc, Step } from '../domain/playbook';
import { escapeMarkdownBlock, escapeMarkdownInline as md, linkHost, markdownCode, safeWebUrl } from './escape';
import { outlinePlaybook, relationOf } from './outline';

export interface MarkdownExportOptions {
  /** The day to judge assumption staleness against; without it the outline does not judge. */
  now?: Date | string;
}

const criterion = (c: ExitCriterion) => `${c.actor === 'buyer' ? '[buyer]' : '[seller]'} ${md(c.statement)}`;
const titleOf = (step: Step) => md(step.title.trim() || 'Untitled step');
const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/**
 * A link only for plain http(s) URLs without characters that would end Markdown's link syntax
 * (or read as attribute syntax), with the host it really goes to beside it, since the label may
 * name another. Any other URL is written as a code span, which no renderer turns into a link.
 */
function contentLink(label: string, url: string): string {
  const safe = safeWebUrl(url);
  const shown = label.trim();
  if (safe && !/[()<>{}\s]/.test(safe)) return `[${md(shown || safe)}](${safe}) (${markdownCode(linkHost(safe))})`;
  return shown && shown !== url.trim() ? `${md(shown)} (${markdownCode(url)})` : markdownCode(url);
}

/**
 * The playbook as a Markdown outline: # name, ## lane, ### stage with its exit criteria, then
 * one list item per step with its details and mirror links ("supports: <buyer step>"), and the
 * assumptions at the end. Every playbook string is escaped so it reads as text, never as markup.
 */
export function playbookToMarkdown(doc: PlaybookDoc, options: MarkdownExportOptions = {}): string {
  const { mirrors, sequences } = resolveLinks(doc);
  const related = new Map<string, string[]>();
  const add = (id: string, line: string) => related.set(id, [...(related.get(id) ?? []), line]);
  for (const m of mirrors) {
    const relation = relationOf(m.link);
    add(m.seller.id, `${relation}: ${titleOf(m.buyer)}`);
    add(m.buyer.id, `${relation === 'verifies' ? 'verified by' : 'supported by'}: ${titleOf(m.seller)}`);
  }
  for (const s of sequences) add(s.source.id, `next: ${titleOf(s.target)}`);

  const p = doc.playbook;
  const out: string[] = [`# ${md(p.name)}`, ''];
  out.push(`${[p.motion ? md(p.motion) : '', `version ${p.version}`, md(p.status)].filter(Boolean).join(' · ')}`, '');
  // Stryker disable next-line ConditionalExpression,MethodExpression: a blank description only adds blank lines, which the last line collapses.
  if (p.description.trim()) out.push(escapeMarkdownBlock(p.description), '');

  for (const lane of outlinePlaybook(doc)) {
    out.push(`## ${md(lane.label)}`, '');
    for (const [index, { stage, steps }] of lane.stages.entries()) {
      out.push(`### ${index + 1}. ${md(stage.name)}`, '');
      const flags = [stage.expectedDays !== null ? `expected ${days(stage.expectedDays)}` : '', stage.alwaysOn ? 'always on' : '', stage.revisitable ? 'revisitable' : ''].filter(Boolean);
      if (flags.length) out.push(`_${flags.join(' · ')}_`, '');
      if (stage.exitCriteria.length) {
        // "*" rather than "-": CommonMark would merge two adjacent "-" lists into one, joining
        // the criteria to the steps below.
        out.push('Exit criteria:', '', ...stage.exitCriteria.map((c) => `* ${criterion(c)}`), '');
      }
      // Stryker disable next-line ConditionalExpression: a stage without steps would only add a blank line, which the last line collapses.
      if (steps.length === 0) continue;
      for (const step of steps) {
        const flagsOfStep = [step.required ? 'required' : '', step.expectedDays !== null ? days(step.expectedDays) : ''].filter(Boolean);
        out.push(`- **${titleOf(step)}**${flagsOfStep.length ? ` (${flagsOfStep.join(', ')})` : ''}`);
        if (step.description.trim()) out.push('', escapeMarkdownBlock(step.description, '  '), '');
        const details: string[] = [];
        if (step.roles.length) details.push(`roles: ${step.roles.map(md).join(', ')}`);
        for (const t of step.techniques) details.push(`technique: ${md(t.framework ? `${t.framework}: ${t.name}` : t.name)}`);
        for (const c of step.exitCriteria) details.push(`exit criterion: ${criterion(c)}`);
        for (const l of step.contentLinks) details.push(`content: ${contentLink(l.label, l.url)}`);
        details.push(...(related.get(step.id) ?? []));
        out.push(...details.map((d) => `  - ${d}`));
      }
      out.push('');
    }
  }

  if (doc.assumptions.length) {
    out.push('## Assumptions', '');
    for (const a of doc.assumptions) {
      const status = assumptionStatus(a, options.now);
      const facts = [
        a.source.trim() ? `source: ${md(a.source)}` : '',
        `confidence: ${md(a.confidence)}`,
        `last validated: ${md(a.lastValidatedAt ?? 'never')}`,
        `revalidate every ${days(a.revalidateEveryDays)}`,
        // Not yet validated by this team is a to-do, not an alarm (a template's research is not their validation).
        status.freshness === 'stale' ? '**stale**' : status.freshness === 'never-validated' ? 'to review' : '',
      ].filter(Boolean);
      out.push(`- ${md(a.statement)} (${facts.join('; ')})`);
    }
    out.push('');
  }

  const c = computeCoverage(doc);
  out.push(
    '## Coverage',
    '',
    `${Math.round(c.coverage * 100)}% of buyer steps supported (${c.supportedBuyerSteps} of ${c.buyerSteps}); ` +
      `unsupported buyer steps: ${c.unsupportedBuyerStepIds.length}; seller-centric steps: ${c.sellerCentricStepIds.length}.`,
    '',
  );
  // Sections each end with a blank line; where two meet, one is enough (there are no code blocks to disturb).
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
