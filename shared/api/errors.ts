import type { z } from 'zod';
import type { ApiErrorInfo } from './contract';

/** An error meant for the user: its message is one readable line, never a stack trace. */
export class TandemError extends Error {
  constructor(
    readonly code: ApiErrorInfo['code'],
    message: string,
  ) {
    super(message);
    this.name = 'TandemError';
  }
}

/** Formats the first problem zod found as "where: what", e.g. `step.title: Too big`. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const where = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${where}: ${issue.message}${more}`;
}
