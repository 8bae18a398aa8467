import type { Step } from '../../shared/domain/playbook';

/** True when the two versions of a step differ at most in where it sits in its column (x, y). */
export function sameStepBesidesPlace(a: Step, b: Step): boolean {
  if (a === b) return true;
  for (const key of Object.keys(b) as (keyof Step)[]) if (key !== 'x' && key !== 'y' && a[key] !== b[key]) return false;
  return Object.keys(a).length === Object.keys(b).length;
}

/** True when the two step records differ at most in where steps sit in their column (x, y). */
export function sameBesidesPlace(before: Record<string, Step>, after: Record<string, Step>): boolean {
  if (before === after) return true;
  const ids = Object.keys(after);
  if (ids.length !== Object.keys(before).length) return false;
  for (const id of ids) {
    const a = before[id];
    if (!a || !sameStepBesidesPlace(a, after[id]!)) return false;
  }
  return true;
}

/**
 * A selector of one step that keeps the version it gave last when only the step's place changed:
 * for a panel that does not show the place, so a drop of the card does not draw it again.
 */
export function stepBesidesPlace(stepId: string): (s: { steps: Record<string, Step> }) => Step | undefined {
  let kept: Step | undefined;
  return (s) => {
    const step = s.steps[stepId];
    if (!step || !kept || !sameStepBesidesPlace(kept, step)) kept = step;
    return kept;
  };
}
