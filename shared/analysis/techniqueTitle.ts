/**
 * Sales frameworks and questioning models: techniques a step can use, never steps themselves.
 * A step called "Run MEDDIC" describes how, not what happens in the deal.
 */
const FRAMEWORKS = [
  'MEDDPICC',
  'MEDDICC',
  'MEDDIC',
  'BANT',
  'SPIN',
  'Challenger',
  'Sandler',
  'Command of the Message',
  'Solution Selling',
  'SNAP Selling',
  'Gap Selling',
  'Value Selling',
  'Miller Heiman',
  'Strategic Selling',
  'Conceptual Selling',
  'GPCTBA/C&I',
  'CHAMP',
  'NEAT',
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${FRAMEWORKS.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** The framework a step title names, spelled as the framework is, or null when it names none. */
export function techniqueInTitle(title: string): string | null {
  const match = PATTERN.exec(title);
  if (!match) return null;
  return FRAMEWORKS.find((f) => f.toLowerCase() === match[1]!.toLowerCase()) ?? null;
}
