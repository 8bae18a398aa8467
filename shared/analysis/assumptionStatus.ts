import type { Assumption } from '../domain/playbook';

export type AssumptionFreshness = 'fresh' | 'stale' | 'never-validated' | 'unchecked';

export interface AssumptionStatus {
  freshness: AssumptionFreshness;
  /** The day revalidation falls due (YYYY-MM-DD), when the assumption was ever validated. */
  dueOn: string | null;
}

const DAY_MS = 86_400_000;

function utcDay(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Whether an assumption about how customers buy is due for revalidation. Days are compared in
 * UTC so the answer does not depend on the machine's time zone. Without `now` the freshness is
 * "unchecked": an export must not silently judge staleness against the clock of whoever opens it.
 * An assumption never validated is its own state, because "stale" would claim it once held.
 */
export function assumptionStatus(
  a: Pick<Assumption, 'lastValidatedAt' | 'revalidateEveryDays'>,
  now?: Date | string,
): AssumptionStatus {
  const last = a.lastValidatedAt === null ? null : utcDay(a.lastValidatedAt);
  if (last === null) return { freshness: 'never-validated', dueOn: null };
  const due = last + a.revalidateEveryDays * DAY_MS;
  const dueOn = new Date(due).toISOString().slice(0, 10);
  if (now === undefined) return { freshness: 'unchecked', dueOn };
  const today = typeof now === 'string' ? utcDay(now) : Number.isNaN(now.getTime()) ? null : utcDay(now.toISOString());
  if (today === null) return { freshness: 'unchecked', dueOn };
  return { freshness: today > due ? 'stale' : 'fresh', dueOn };
}
