import type { OutcomeRates } from './portfolio';

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/**
 * "83% won, 17% lost, 0% no decision (n=6)": how closed deals ended, with the sample always beside
 * the rates, the same words in the app and in the report.
 */
export function rateText(r: OutcomeRates): string {
  if (r.closed === 0 || r.won === null || r.lost === null || r.noDecision === null) return 'no closed deals (n=0)';
  return `${percent(r.won)} won, ${percent(r.lost)} lost, ${percent(r.noDecision)} no decision (n=${r.closed})`;
}
