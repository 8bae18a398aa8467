import { LIMITS } from '../domain/limits';

interface ListCap {
  key: string;
  max: number;
}

const TOP: ListCap[] = [
  { key: 'stages', max: LIMITS.stagesPerLane * 2 },
  { key: 'steps', max: LIMITS.stepsPerPlaybook },
  { key: 'links', max: LIMITS.linksPerPlaybook },
  { key: 'assumptions', max: LIMITS.assumptionsPerPlaybook },
];

const NESTED: Record<string, { owner: string; lists: ListCap[] }> = {
  stages: { owner: 'stage', lists: [{ key: 'exitCriteria', max: LIMITS.criteriaPerOwner }] },
  steps: {
    owner: 'step',
    lists: [
      { key: 'roles', max: LIMITS.listItems },
      { key: 'techniques', max: LIMITS.listItems },
      { key: 'contentLinks', max: LIMITS.listItems },
      { key: 'exitCriteria', max: LIMITS.criteriaPerOwner },
    ],
  },
};

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The first list in a playbook body (not yet validated) longer than its cap in LIMITS, as a
 * message with its path. Checked before the schema so an oversized file gets a plain answer and
 * a million steps are never validated one by one. The caps are the schema's own array limits.
 */
export function findPlaybookCountProblem(body: unknown, bodyPath: string): string | null {
  if (body === null || typeof body !== 'object') return null;
  const doc = body as Record<string, unknown>;
  for (const { key, max } of TOP) {
    const list = doc[key];
    if (!Array.isArray(list)) continue;
    if (list.length > max) return `${bodyPath}.${key}: ${count(list.length)} ${key}; a playbook holds at most ${count(max)}.`;
    const nested = NESTED[key];
    if (!nested) continue;
    // Stryker disable next-line EqualityOperator: one step past the end meets undefined, which is skipped as not an object.
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as Record<string, unknown> | null;
      if (item === null || typeof item !== 'object') continue;
      for (const cap of nested.lists) {
        const inner = item[cap.key];
        if (Array.isArray(inner) && inner.length > cap.max) {
          return `${bodyPath}.${key}[${i}].${cap.key}: ${count(inner.length)} items; a ${nested.owner} holds at most ${count(cap.max)}.`;
        }
      }
    }
  }
  return null;
}
