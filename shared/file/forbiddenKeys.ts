/**
 * Keys that mean something to JavaScript objects. JSON.parse turns them into harmless own
 * properties, but code that later copies or merges the value (`Object.assign`, spreading into a
 * map keyed by field name) could turn `__proto__` into a prototype change. No Tandem file has a
 * reason to contain them (every object is a fixed record, none is keyed by user text), so the
 * loader refuses a file that has one anywhere, even in envelope fields it would otherwise ignore.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Path to the first forbidden key in a parsed JSON value, or null. Recursion is safe because the
 * nesting of the text was capped before parsing.
 */
export function findForbiddenKey(value: unknown): PropertyKey[] | null {
  const path: PropertyKey[] = [];
  const visit = (node: unknown): boolean => {
    if (Array.isArray(node)) {
      // Stryker disable next-line EqualityOperator: one step past the end visits undefined, which holds no key.
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        if (visit(node[i])) return true;
        path.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        path.push(key);
        if (FORBIDDEN_KEYS.has(key) || visit((node as Record<string, unknown>)[key])) return true;
        path.pop();
      }
    }
    return false;
  };
  return visit(value) ? path : null;
}
