import { z } from 'zod';
import { Id } from '../domain/ids';
import { PlaybookSummary } from '../domain/playbook';
import { DEVIATION_MEASURES, type PortfolioReport } from '../portfolio/portfolio';
import type { Proposal } from '../portfolio/promotion';

const Measure = z.enum(DEVIATION_MEASURES as ['skipped', 'added', 'moved', 'loopedBack']);

/**
 * A folder of plan files the user picked with "Review a folder…". Only a folder the picker
 * returned is read: the page cannot name any other.
 */
const Folder = z.string().min(1).max(4096);

/** How far the review in progress has got (reviews run off the main thread, one at a time). */
export const PortfolioProgress = z.strictObject({
  source: z.enum(['database', 'folder']),
  /** Files (or saved plans) read, of `total`. */
  read: z.int().min(0),
  total: z.int().min(0),
  /** Deal plans counted so far. */
  plans: z.int().min(0),
  elapsedMs: z.int().min(0),
  /** Reviews queued behind this one. */
  waiting: z.int().min(0),
});
export type PortfolioProgress = z.infer<typeof PortfolioProgress>;

/** How a cancelled review ends, so the page can tell it from a failure. */
export const REVIEW_CANCELLED = 'The review was cancelled.';

const op = <A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) => ({ arg, result });

/** Operations over many plans at once; spread into the one contract map. */
export const portfolioOps = {
  /**
   * The portfolio review of every deal plan in this database. Results cross the boundary from the
   * main process, which built them; only arguments are validated, so a typed result is enough.
   */
  reviewPortfolio: op(z.undefined(), z.custom<PortfolioReport>()),
  /** Opens the system's folder picker for a folder of plan files; null when the user cancels. */
  chooseReviewFolder: op(z.undefined(), Folder.nullable()),
  /** The same review over the plan files of a folder chosen with chooseReviewFolder, read as imports are. */
  reviewPlanFolder: op(z.strictObject({ folder: Folder }), z.custom<PortfolioReport>()),
  /** The review in progress, or null when none is. */
  portfolioProgress: op(z.undefined(), PortfolioProgress.nullable()),
  /** Stops the review in progress and any waiting; true when one was stopped. A review changes nothing, so nothing is undone. */
  cancelPortfolioReview: op(z.undefined(), z.boolean()),
  /** Changes the plans here (or in a chosen folder) suggest for one playbook version: departures that keep winning. Changes nothing. */
  proposePromotions: op(z.strictObject({ playbookId: Id, folder: Folder.optional() }), z.custom<Proposal[]>()),
  /**
   * Accepts one proposal: it is worked out again from the plans here, or from the chosen folder's
   * files (never taken from the caller), then applied to the next draft of that version, which is
   * started if needed. The version must be in this database.
   */
  acceptPromotion: op(z.strictObject({ playbookId: Id, stepId: Id, measure: Measure, folder: Folder.optional() }), PlaybookSummary),
} as const;
