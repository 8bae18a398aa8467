import type { ExitCriterion, Lane, PlaybookMeta } from '../../shared/domain/playbook';
import type { Db } from './database';
import { stmt } from './statements';

/** What saving one step has to know about the playbook, the target stage and the step as stored. */
export interface StepEditContext {
  status: PlaybookMeta['status'];
  /** The lane of the target stage, null when that stage is not in this playbook. */
  stageLane: Lane | null;
  /** The lane the stored step is in now; null for a new step, or a step id of another playbook. */
  currentLane: Lane | null;
  /** Whether the stored step is in the target stage already (the usual edit: a field, a move within the column). */
  sameStage: boolean;
  underReview: boolean;
  /** The step's stored criteria as JSON `[[id, statement, actor], …]` in order, to tell whether they changed. */
  criteria: string;
}

/**
 * Touches the playbook's modified date and answers, in the same statement, everything a step save
 * checks: saving a step is the edit made most often (every drop, every field), and each separate
 * statement costs about as much as the write itself. The caller's transaction rolls the touch back
 * when a check refuses the save. Undefined when there is no such playbook.
 */
export function touchForStepEdit(db: Db, playbookId: string, stageId: string, stepId: string, now: string): StepEditContext | undefined {
  const row = stmt(
    db,
    `UPDATE playbooks SET updated_at = @now WHERE id = @playbookId
     RETURNING status,
       (SELECT lane FROM stages WHERE id = @stageId AND playbook_id = @playbookId) AS stageLane,
       (SELECT g.lane FROM steps s JOIN stages g ON g.id = s.stage_id WHERE s.id = @stepId AND s.playbook_id = @playbookId) AS currentLane,
       EXISTS (SELECT 1 FROM steps WHERE id = @stepId AND stage_id = @stageId) AS sameStage,
       EXISTS (SELECT 1 FROM origins WHERE playbook_id = @playbookId) AS underReview,
       (SELECT json_group_array(json_array(id, statement, actor))
          FROM (SELECT id, statement, actor FROM exit_criteria WHERE step_id = @stepId ORDER BY position)) AS criteria`,
  ).get({ now, playbookId, stageId, stepId }) as (Omit<StepEditContext, 'underReview' | 'sameStage'> & { underReview: number; sameStage: number }) | undefined;
  return row && { ...row, underReview: row.underReview === 1, sameStage: row.sameStage === 1 };
}

/**
 * The same JSON text as `criteria` above when the list is unchanged. SQLite may escape a character
 * differently from JSON.stringify; then the texts differ and the criteria are merely rewritten,
 * never wrongly kept.
 */
export const criteriaText = (criteria: readonly ExitCriterion[]): string => JSON.stringify(criteria.map((c) => [c.id, c.statement, c.actor]));
