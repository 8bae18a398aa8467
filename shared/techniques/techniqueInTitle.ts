import { FRAMEWORKS, type Framework } from './vocabulary';

/** What a step title names: a framework (and which of its parts), or only one of its parts. */
export interface TechniqueMatch {
  /** The framework, spelled as in the vocabulary ("MEDDPICC"). */
  framework: string;
  /** The part of it the title names ("Champion"), or null. */
  element: string | null;
  /**
   * True when the title is nothing but a part's label ("Paper process"): less certain than a
   * framework's name, since a team may use the label as shorthand for a real step.
   */
  bareLabel: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
/** Letters and digits on neither side, so "Spinning" is not SPIN and "Bantam" is not BANT. */
const bounded = (spelling: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(spelling)}(?![\\p{L}\\p{N}])`, flags);

interface Spelling {
  framework: Framework;
  rule: 'anyCase' | 'capitalised' | 'acronym';
  pattern: RegExp;
}

const SPELLINGS: Spelling[] = FRAMEWORKS.flatMap((framework) =>
  [framework.name, ...(framework.aliases ?? [])].map((spelling): Spelling => {
    const rule = framework.match === 'acronym' && /\sselling$/i.test(spelling) ? 'anyCase' : framework.match;
    return { framework, rule, pattern: bounded(spelling, rule === 'acronym' ? 'u' : 'iu') };
  }),
);

function namesFramework(title: string, spelling: Spelling): boolean {
  const match = spelling.pattern.exec(title);
  if (!match) return false;
  if (spelling.rule === 'capitalised') return /\p{Lu}/u.test(match[0][0]!);
  // A title in capitals throughout ("SPIN UP A PILOT") says nothing by its capitals.
  if (spelling.rule === 'acronym') return /\p{Ll}/u.test(title);
  return true;
}

function elementIn(title: string, framework: Framework): string | null {
  const element = framework.elements?.find((e) => [e.name, ...(e.aliases ?? [])].some((s) => bounded(s, 'iu').test(title)));
  return element?.name ?? null;
}

const label = (s: string) => s.normalize('NFKC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/\s+/g, ' ').toLowerCase();

const BARE_LABELS = new Map<string, { framework: string; element: string }>();
for (const framework of FRAMEWORKS) {
  for (const element of framework.elements ?? []) {
    if (!element.bareLabel) continue;
    for (const spelling of [element.name, ...(element.aliases ?? [])]) {
      // The first framework listed with this part names it (MEDDPICC before MEDDIC).
      if (!BARE_LABELS.has(label(spelling))) BARE_LABELS.set(label(spelling), { framework: framework.name, element: element.name });
    }
  }
}

/**
 * The technique a step title names instead of a step, or null when it names none: a framework
 * anywhere in it ("Run MEDDIC", "Champion (MEDDPICC)"), or nothing but one of a framework's
 * part labels ("Champion", "Paper process"). A step that merely mentions such a word while
 * saying what happens ("Identify the decision makers", "Agree on metrics") is a step.
 */
export function techniqueInTitle(title: string): TechniqueMatch | null {
  const spelling = SPELLINGS.find((s) => namesFramework(title, s));
  if (spelling) return { framework: spelling.framework.name, element: elementIn(title, spelling.framework), bareLabel: false };
  const bare = BARE_LABELS.get(label(title));
  return bare ? { ...bare, bareLabel: true } : null;
}

/** How the technique is written on a step's technique chip: "MEDDPICC: Champion" or "BANT". */
export const techniqueLabel = (match: TechniqueMatch) => (match.element ? `${match.framework}: ${match.element}` : match.framework);
