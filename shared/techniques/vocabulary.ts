/**
 * The sales techniques and frameworks Tandem knows by name: the one list behind the
 * technique-as-step finding, the inspector's hint and its "Attach … to this step" fix.
 *
 * A technique says *how* a seller works (qualify with MEDDPICC, question with SPIN); a step says
 * *what happens* in the deal. Several names are also everyday words ("spin up", "neat", "gap
 * analysis", "snap"), so each entry says how strictly it has to be written to count.
 */

export interface Framework {
  /** How the framework is spelled when attached to a step. */
  name: string;
  /** Other spellings that name it ("Command of Message"). */
  aliases?: string[];
  /**
   * `anyCase`: the name is no ordinary word, so any capitalisation counts ("meddpicc").
   * `capitalised`: a proper name that is also a word; it counts capitalised ("Challenger",
   * "Sandler"), not lower case ("beat the challenger").
   * `acronym`: an everyday word as well ("spin", "neat", "snap"); it counts only in capitals
   * ("SPIN"), and not in a title written all in capitals. Its spellings ending in "Selling"
   * ("Spin selling") are no everyday phrase and count in any case.
   */
  match: 'anyCase' | 'capitalised' | 'acronym';
  /** The framework's parts, as attached techniques name them ("MEDDPICC: Champion"). */
  elements?: Element[];
}

export interface Element {
  name: string;
  aliases?: string[];
  /**
   * Whether a title that is nothing but this label ("Champion", "Paper process") is the
   * technique. Only for labels no ordinary step is called: "Budget" or "Need" alone could be
   * a step's shorthand, so BANT's parts count only beside the framework's name.
   */
  bareLabel: boolean;
}

const MEDDPICC_ELEMENTS: Element[] = [
  { name: 'Metrics', bareLabel: true },
  { name: 'Economic buyer', bareLabel: true },
  { name: 'Decision criteria', bareLabel: true },
  { name: 'Decision process', bareLabel: true },
  { name: 'Paper process', bareLabel: true },
  { name: 'Identify pain', aliases: ['Identified pain', 'Implicate pain', 'Implicate the pain', 'Implicated pain'], bareLabel: true },
  { name: 'Champion', bareLabel: true },
  { name: 'Competition', bareLabel: true },
];

export const FRAMEWORKS: readonly Framework[] = [
  { name: 'MEDDPICC', match: 'anyCase', elements: MEDDPICC_ELEMENTS },
  { name: 'MEDDICC', match: 'anyCase', elements: MEDDPICC_ELEMENTS },
  { name: 'MEDDIC', match: 'anyCase', elements: MEDDPICC_ELEMENTS },
  {
    name: 'BANT',
    match: 'anyCase',
    elements: [
      { name: 'Budget', bareLabel: false },
      { name: 'Authority', bareLabel: false },
      { name: 'Need', bareLabel: false },
      { name: 'Timing', aliases: ['Timeline', 'Timeframe'], bareLabel: false },
    ],
  },
  {
    name: 'SPIN',
    aliases: ['SPIN Selling'],
    match: 'acronym',
    elements: [
      { name: 'Situation questions', bareLabel: true },
      { name: 'Problem questions', bareLabel: true },
      { name: 'Implication questions', bareLabel: true },
      { name: 'Need-payoff questions', aliases: ['Need payoff questions'], bareLabel: true },
    ],
  },
  {
    name: 'Challenger',
    aliases: ['Challenger Sale', 'Challenger Selling'],
    match: 'capitalised',
    elements: [
      { name: 'Commercial teaching', bareLabel: true },
      { name: 'Teach, tailor, take control', aliases: ['Teach tailor take control'], bareLabel: true },
    ],
  },
  { name: 'Sandler', aliases: ['Sandler Selling System'], match: 'capitalised', elements: [{ name: 'Pain funnel', bareLabel: true }, { name: 'Up-front contract', aliases: ['Upfront contract'], bareLabel: true }] },
  { name: 'Solution Selling', match: 'anyCase' },
  { name: 'Command of the Message', aliases: ['Command of Message'], match: 'anyCase' },
  { name: 'Value Selling', aliases: ['ValueSelling'], match: 'anyCase' },
  { name: 'Gap Selling', match: 'anyCase' },
  { name: 'SNAP Selling', aliases: ['SNAP'], match: 'acronym' },
  { name: 'NEAT', aliases: ['NEAT Selling'], match: 'acronym' },
  { name: 'CHAMP', match: 'acronym' },
  { name: 'ANUM', match: 'anyCase' },
  { name: 'FAINT', match: 'acronym' },
  { name: 'GPCTBA/C&I', match: 'anyCase' },
  { name: 'Miller Heiman', match: 'capitalised' },
  { name: 'Strategic Selling', match: 'anyCase' },
  { name: 'Conceptual Selling', match: 'anyCase' },
  { name: 'Customer Centric Selling', aliases: ['Customer-Centric Selling'], match: 'anyCase' },
  { name: 'Target Account Selling', match: 'anyCase' },
];
