import type { z } from 'zod';
import { findIntegrityProblems } from '../domain/integrity';
import { PlaybookFile, type TandemFile, type TandemKind } from './format';
import { findPlaybookCountProblem } from './playbookCounts';

/** How to read the body of one kind of file. The loader dispatches on the header's "kind". */
export interface KindReader {
  /** The envelope field that holds the body, e.g. "playbook". */
  bodyKey: string;
  schema: z.ZodType<TandemFile>;
  /** First list over its cap, checked on the raw body before the schema; message includes the path. */
  findCountProblem: (body: unknown) => string | null;
  /** Problems the schema cannot see (dangling references, duplicate ids), with paths from the file's root. */
  findIntegrityProblems: (file: TandemFile) => string[];
}

export const KIND_READERS: Record<TandemKind, KindReader> = {
  playbook: {
    bodyKey: 'playbook',
    schema: PlaybookFile,
    findCountProblem: (body) => findPlaybookCountProblem(body, 'playbook'),
    findIntegrityProblems: (file) => findIntegrityProblems(file.playbook).map((p) => `playbook.${p}`),
  },
};

export function kindReader(kind: string): KindReader | undefined {
  return Object.hasOwn(KIND_READERS, kind) ? KIND_READERS[kind as TandemKind] : undefined;
}
