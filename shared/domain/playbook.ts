import { z } from 'zod';
import { Id } from './ids';
import { LIMITS } from './limits';
import { text } from './text';

const Name = text().trim().min(1, 'must not be empty').max(LIMITS.nameLength);
const Title = text().max(LIMITS.titleLength);
const Text = text().max(LIMITS.textLength);
const Coordinate = z.number().finite().min(-1_000_000).max(1_000_000);

export const Lane = z.enum(['buyer', 'seller']);
export type Lane = z.infer<typeof Lane>;
export const LANES: readonly Lane[] = ['buyer', 'seller'];

/** A verifier: an outcome someone can check. Good ones are done by the buyer, objective and binary. */
export const ExitCriterion = z.strictObject({
  id: Id,
  statement: Text,
  actor: z.enum(['buyer', 'seller']),
});
export type ExitCriterion = z.infer<typeof ExitCriterion>;

/** A technique is attached to a step (MEDDPICC "Paper process", SPIN "Implication question"…); it is never a step itself. */
export const Technique = z.strictObject({
  framework: text().max(LIMITS.nameLength),
  name: text().max(LIMITS.nameLength),
});
export type Technique = z.infer<typeof Technique>;

export const ContentLink = z.strictObject({
  label: text().max(LIMITS.nameLength),
  url: text().max(2_000),
});
export type ContentLink = z.infer<typeof ContentLink>;

export const Stage = z.strictObject({
  id: Id,
  lane: Lane,
  name: Name,
  /** Column order within the lane, 0-based and dense. */
  order: z.int().min(0).max(LIMITS.stagesPerLane),
  width: z.number().finite().min(160).max(4_000),
  expectedDays: z.int().min(0).max(3_650).nullable(),
  /** Buyer work that runs through the whole journey (Gartner's validation and consensus creation). */
  alwaysOn: z.boolean(),
  /** Buyers loop back to earlier jobs; a revisitable stage expects it. */
  revisitable: z.boolean(),
  exitCriteria: z.array(ExitCriterion).max(LIMITS.criteriaPerOwner),
});
export type Stage = z.infer<typeof Stage>;

export const Step = z.strictObject({
  id: Id,
  stageId: Id,
  title: Title,
  description: Text,
  required: z.boolean(),
  expectedDays: z.int().min(0).max(3_650).nullable(),
  roles: z.array(text().max(LIMITS.nameLength)).max(LIMITS.listItems),
  techniques: z.array(Technique).max(LIMITS.listItems),
  contentLinks: z.array(ContentLink).max(LIMITS.listItems),
  exitCriteria: z.array(ExitCriterion).max(LIMITS.criteriaPerOwner),
  /** Position inside its stage's column: x from the column's left edge, y from the lane's top edge. */
  x: Coordinate,
  y: Coordinate,
});
export type Step = z.infer<typeof Step>;

/** A sequence edge joins two steps of one lane; a mirror link joins a seller step to the buyer step it serves. */
export const LinkKind = z.enum(['sequence', 'mirror']);
export type LinkKind = z.infer<typeof LinkKind>;

export const MirrorRelation = z.enum(['supports', 'verifies']);
export type MirrorRelation = z.infer<typeof MirrorRelation>;

export const Link = z.strictObject({
  id: Id,
  kind: LinkKind,
  /** For a mirror link: the seller step. */
  sourceId: Id,
  /** For a mirror link: the buyer step. */
  targetId: Id,
  relation: MirrorRelation.nullable(),
  rationale: Text,
});
export type Link = z.infer<typeof Link>;

export const Assumption = z.strictObject({
  id: Id,
  statement: Text,
  source: text().max(LIMITS.textLength),
  confidence: z.enum(['low', 'medium', 'high']),
  lastValidatedAt: z.iso.date().nullable(),
  revalidateEveryDays: z.int().min(1).max(3_650),
});
export type Assumption = z.infer<typeof Assumption>;

export const Viewport = z.strictObject({
  x: Coordinate,
  y: Coordinate,
  zoom: z.number().finite().min(0.01).max(10),
});
export type Viewport = z.infer<typeof Viewport>;

export const PlaybookStatus = z.enum(['draft', 'published', 'retired']);
export type PlaybookStatus = z.infer<typeof PlaybookStatus>;

export const PlaybookMeta = z.strictObject({
  id: Id,
  name: Name,
  motion: text().max(LIMITS.nameLength),
  description: Text,
  version: z.int().min(1),
  status: PlaybookStatus,
  /** The playbook version this one was derived from, when it was. */
  parentId: Id.nullable(),
  templateId: text().max(LIMITS.nameLength).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PlaybookMeta = z.infer<typeof PlaybookMeta>;

/** Everything one playbook holds: what the canvas shows, what a file carries. */
export const PlaybookDoc = z.strictObject({
  playbook: PlaybookMeta,
  viewport: Viewport.nullable(),
  stages: z.array(Stage).max(LIMITS.stagesPerLane * 2),
  steps: z.array(Step).max(LIMITS.stepsPerPlaybook),
  links: z.array(Link).max(LIMITS.linksPerPlaybook),
  assumptions: z.array(Assumption).max(LIMITS.assumptionsPerPlaybook),
});
export type PlaybookDoc = z.infer<typeof PlaybookDoc>;

export const PlaybookSummary = z.strictObject({
  id: Id,
  name: z.string(),
  motion: z.string(),
  status: PlaybookStatus,
  version: z.int(),
  updatedAt: z.string(),
  stepCount: z.int(),
  /** The version this one was derived from: versions of one playbook form a chain. */
  parentId: Id.nullable(),
  /** Deal plans pinned to this version. */
  planCount: z.int(),
});
export type PlaybookSummary = z.infer<typeof PlaybookSummary>;
