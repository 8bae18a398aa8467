import type { z } from 'zod';
import { findIntegrityProblems } from '../domain/integrity';
import { findPlanProblems } from '../plan/integrity';
import { PlaybookFile, PlanFile, type TandemFile, type TandemKind } from './format';
import { findPlanCountProblem } from './planCounts';
import { findPlaybookCountProblem } from './playbookCounts';

/** How to read the body of one kind of file. The loader dispatches on the header's "kind". */
export interface KindReader {
  schema: z.ZodType<TandemFile>;
  /** First list over its cap, checked on the raw file before the schema; message includes the path. */
  findCountProblem: (file: Record<string, unknown>) => string | null;
  /** Problems the schema cannot see (dangling references, duplicate ids), with paths from the file's root. */
  findIntegrityProblems: (file: TandemFile) => string[];
}

export const KIND_READERS: Record<TandemKind, KindReader> = {
  playbook: {
    schema: PlaybookFile,
    findCountProblem: (file) => findPlaybookCountProblem(file.playbook, 'playbook'),
    findIntegrityProblems: (file) => findIntegrityProblems(file.playbook).map((p) => `playbook.${p}`),
  },
  plan: {
    schema: PlanFile,
    findCountProblem: (file) => findPlaybookCountProblem(file.playbook, 'playbook') ?? findPlanCountProblem(file.plan, 'plan'),
    findIntegrityProblems: (file) => {
      // Stryker disable next-line ArrayDeclaration: only plan files come here; the check narrows the type.
      if (file.kind !== 'plan') return [];
      // The plan is only checked against a sound playbook: its references would mislead otherwise.
      const playbookProblems = findIntegrityProblems(file.playbook).map((p) => `playbook.${p}`);
      if (playbookProblems.length > 0) return playbookProblems;
      return findPlanProblems(file.plan, file.playbook).map((p) => `plan.${p}`);
    },
  },
};

export function kindReader(kind: string): KindReader | undefined {
  return Object.hasOwn(KIND_READERS, kind) ? KIND_READERS[kind as TandemKind] : undefined;
}
