import type { BuyingRole, DeviationCategory, DeviationKind, Engagement, Outcome, PlanMeta, Stance, StepStatus } from '../plan';

/**
 * The words every plan export prints for the model's values. A status always comes with an icon
 * beside its word so it reads in black-and-white print and without colour vision.
 */
export const STATUS_LABELS: Record<StepStatus, string> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

export const STATUS_ICONS: Record<StepStatus, string> = {
  notStarted: '○',
  inProgress: '◐',
  done: '✓',
  skipped: '⊘',
};

export const statusText = (status: StepStatus) => `${STATUS_ICONS[status]} ${STATUS_LABELS[status]}`;

export const DEVIATION_KIND_LABELS: Record<DeviationKind, string> = {
  skip: 'Skipped',
  add: 'Added',
  move: 'Moved',
  loopBack: 'Looped back',
};

export const DEVIATION_CATEGORY_LABELS: Record<DeviationCategory, string> = {
  customer: 'Customer',
  competition: 'Competition',
  timing: 'Timing',
  dealSize: 'Deal size',
  alreadyDone: 'Already done',
  notRelevant: 'Not relevant',
  other: 'Other',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  open: 'Open',
  won: 'Won',
  lost: 'Lost',
  noDecision: 'No decision',
};

export const ROLE_LABELS: Record<BuyingRole, string> = {
  economicBuyer: 'Economic buyer',
  user: 'User',
  technical: 'Technical',
  coach: 'Coach',
};

export const STANCE_LABELS: Record<Stance, string> = {
  mobilizer: 'Mobilizer',
  talker: 'Talker',
  blocker: 'Blocker',
  unknown: 'Unknown',
};

export const ENGAGEMENT_LABELS: Record<Engagement, string> = {
  none: 'None',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/**
 * "120,000 EUR": grouped digits in one fixed locale so an export reads the same on every machine,
 * and the ISO code rather than a symbol, which is ambiguous ($ is several currencies).
 */
export function formatValue(plan: Pick<PlanMeta, 'value' | 'currency'>): string {
  if (plan.value === null) return '';
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(plan.value)} ${plan.currency}`;
}

/** The day of an ISO date-time ("2025-03-01T09:30:00Z" → "2025-03-01"). */
export const dayOf = (dateTime: string) => dateTime.slice(0, 10);
