import { useRef } from 'react';
import type { Step } from '../../shared/domain/playbook';
import { useEditor } from '../editor/editorStore';

/** True when the two step records differ at most in where steps sit in their column (x, y). */
export function sameBesidesPlace(before: Record<string, Step>, after: Record<string, Step>): boolean {
  if (before === after) return true;
  const ids = Object.keys(after);
  if (ids.length !== Object.keys(before).length) return false;
  for (const id of ids) {
    const a = before[id];
    const b = after[id]!;
    if (a === b) continue;
    if (!a) return false;
    for (const key of Object.keys(b) as (keyof Step)[]) if (key !== 'x' && key !== 'y' && a[key] !== b[key]) return false;
  }
  return true;
}

/**
 * The playbook's steps as the analysis reads them. No finding depends on where a step sits within
 * its column, so a drop that only moves a card keeps the record the panel already has: the
 * analysis of a large playbook is not run again and its findings are not drawn again on every drop.
 * A move into another stage changes `stageId` and does reach the analysis.
 */
export function useStepsForAnalysis(): Record<string, Step> {
  const kept = useRef<Record<string, Step> | null>(null);
  return useEditor((s) => {
    if (!kept.current || !sameBesidesPlace(kept.current, s.steps)) kept.current = s.steps;
    return kept.current;
  });
}
