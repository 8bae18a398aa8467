import { escapeHtml as h, userHtml as u } from '../../export/escape';
import { LANE_LABELS } from '../../export/outline';
import type { PlanMeta } from '../plan';
import type { CommitteeSeat, DealReview, LaneStanding } from './dealReview';
import { ENGAGEMENT_LABELS, OUTCOME_LABELS, STANCE_LABELS, STATUS_LABELS } from './labels';
import type { OutlinedLane } from './planOutline';

/** The deal review's first sections: where the deal stands, what the buyer has done, who is on the committee, how it ended. */

const SEAT_LABELS: Record<CommitteeSeat, string> = {
  economicBuyer: 'Economic buyer',
  champion: 'Champion',
  coach: 'Coach',
  technical: 'Technical buyer',
  user: 'User buyer',
};

/** What an empty key seat means for the deal, said the way a manager would. */
const GAP_TEXT: Partial<Record<CommitteeSeat, string>> = {
  economicBuyer: 'nobody known to sign',
  champion: 'nobody engaged who moves the deal for us (an engaged mobilizer)',
  coach: 'nobody inside the account guides us',
};

const cells = (values: readonly string[]) => values.map((v) => `<td>${v}</td>`).join('');

function standingLine(s: LaneStanding): string {
  const where = s.current === null ? h('every stage finished') : `stage ${s.position} of ${s.stages}: ${u(s.current)}`;
  return `<li><strong>${h(LANE_LABELS[s.lane])}</strong> — ${where} · ${h(`${s.finishedSteps} of ${s.steps} steps done or skipped`)}</li>`;
}

/** A stage's state in words and an icon, so it reads without colour. */
function stageState(stage: OutlinedLane['stages'][number]): string {
  const p = stage.progress!;
  if (stage.current) return '▶ Current';
  if (stage.stage?.alwaysOn) return '↻ Always on';
  if (p.total > 0 && p.finished === p.total) return '✓ Finished';
  return p.finished + p.inProgress > 0 ? '◐ Started' : '○ Ahead';
}

function progressTable(lane: OutlinedLane): string {
  const rows = lane.stages
    .filter((s) => s.progress)
    .map((s) => {
      const p = s.progress!;
      const notStarted = p.total - p.finished - p.inProgress;
      return (
        `<tr${s.current ? ' class="current"' : ''}><td>${u(s.name)}</td>` +
        [p.done, p.skipped, p.inProgress, notStarted, p.total].map((n) => `<td class="num">${n}</td>`).join('') +
        `<td>${h(stageState(s))}</td></tr>`
      );
    });
  const current = lane.current ? `Current stage: ${u(lane.current.name)}` : h('Every stage is finished.');
  return (
    `<h3>${h(lane.label)}</h3><p class="meta">${current}</p>` +
    `<table><thead><tr><th>Stage</th><th>${h(STATUS_LABELS.done)}</th><th>${h(STATUS_LABELS.skipped)}</th><th>${h(STATUS_LABELS.inProgress)}</th>` +
    `<th>${h(STATUS_LABELS.notStarted)}</th><th>Steps</th><th>State</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

export function standingSection(review: DealReview, lanes: readonly OutlinedLane[]): string {
  return (
    `<section class="progress"><h2>Where the deal stands</h2>` +
    `<ul class="standing">${review.standing.map(standingLine).join('')}</ul>` +
    lanes.map(progressTable).join('') +
    `</section>`
  );
}

export function verifiedSection(review: DealReview): string {
  const rows = review.verified.map((v) =>
    `<tr>${cells([h(v.date ?? 'step not done yet'), u(v.statement), u(v.evidence), `${u(v.step)} <span class="meta">(${u(v.stage)})</span>`])}</tr>`,
  );
  const table = rows.length
    ? `<table class="verified"><thead><tr><th>Date</th><th>The buyer</th><th>Evidence</th><th>Step</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p class="meta">Nothing yet: no buyer exit criterion has evidence recorded.</p>';
  const unverified = review.unverified.length
    ? `<h3>Marked done without buyer evidence</h3><ul class="unverified">${review.unverified.map((s) => `<li>${u(s.step)}${s.date ? ` <span class="meta">(${h(s.date)})</span>` : ''}</li>`).join('')}</ul>`
    : '';
  const toVerify = review.toVerify.length
    ? `<h3>Still to verify in the current buyer stage</h3><ul class="to-verify">${review.toVerify.map((s) => `<li>${u(s)}</li>`).join('')}</ul>`
    : '';
  return `<section class="buyer-verified"><h2>What the buyer has verifiably done</h2>${table}${unverified}${toVerify}</section>`;
}

export function stakeholderMap(review: DealReview): string {
  const rows = review.seats.map((line) => {
    const who = line.people.length
      ? line.people.map((p) => `${u(p.name)} <span class="meta">${h(`(${STANCE_LABELS[p.stance]}, ${ENGAGEMENT_LABELS[p.engagement].toLowerCase()} engagement)`)}</span>`).join('<br>')
      : line.gap
        ? `<strong class="gap">⚠ Gap</strong>: ${h(GAP_TEXT[line.seat] ?? 'nobody')}`
        : '<span class="meta">Nobody named</span>';
    return `<tr${line.gap ? ' class="gap"' : ''}><th scope="row">${h(SEAT_LABELS[line.seat])}</th><td>${who}</td></tr>`;
  });
  const blockers = review.blockers.length
    ? `<p><strong>Blockers:</strong> ${review.blockers.map((p) => u(p.name)).join(', ')}</p>`
    : '';
  return `<h3>Stakeholder map</h3><table class="stakeholder-map"><tbody>${rows.join('')}</tbody></table>${blockers}`;
}

export function outcomeSection(meta: PlanMeta): string {
  const facts = [
    `<dt>Outcome</dt><dd>${h(OUTCOME_LABELS[meta.outcome])}${meta.outcomeDate ? h(`, ${meta.outcomeDate}`) : ''}</dd>`,
    meta.outcome === 'open' && meta.targetCloseDate ? `<dt>Target close date</dt><dd>${h(meta.targetCloseDate)}</dd>` : '',
    meta.outcomeNote.trim() ? `<dt>Why</dt><dd><p class="text">${u(meta.outcomeNote)}</p></dd>` : '',
  ].join('');
  return `<section class="outcome"><h2>Outcome</h2><dl class="facts-top">${facts}</dl></section>`;
}
