import { useRef } from 'react';
import type { Step } from '../../shared/domain/playbook';
import { sameBesidesPlace } from '../editor/besidesPlace';
import { useEditor } from '../editor/editorStore';

/**
 * The playbook's steps as the analysis reads them. No finding depends on where a step sits within
 * its column, so a drop that only moves a card keeps the record the panel already has: the
 * analysis of a large playbook is not run again and its findings are not drawn again on every drop.
 * A move into another stage changes `stageId` and does reach the analysis.
 */
export function useStepsForAnalysis(): Record<string, Step> {
  const kept = useRef<Record<string, Step> | null>(null);
  // The comparison walks every step: only once per new record, not on every store update.
  const seen = useRef<Record<string, Step> | null>(null);
  return useEditor((s) => {
    if (s.steps === seen.current) return kept.current!;
    seen.current = s.steps;
    if (!kept.current || !sameBesidesPlace(kept.current, s.steps)) kept.current = s.steps;
    return kept.current;
  });
}
