import { z } from 'zod';
import { Id } from '../domain/ids';
import { PlaybookSummary } from '../domain/playbook';
import { DEVIATION_MEASURES, type PortfolioReport } from '../portfolio/portfolio';
import type { Proposal } from '../portfolio/promotion';

const Measure = z.enum(DEVIATION_MEASURES as ['skipped', 'added', 'moved', 'loopedBack']);

const op = <A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) => ({ arg, result });

/** Operations over many plans at once; spread into the one contract map. */
export const portfolioOps = {
  /**
   * The portfolio review of every deal plan in this database. Results cross the boundary from the
   * main process, which built them; only arguments are validated, so a typed result is enough.
   */
  reviewPortfolio: op(z.undefined(), z.custom<PortfolioReport>()),
  /** Changes the plans here suggest for one playbook version: departures that keep winning. Changes nothing. */
  proposePromotions: op(z.strictObject({ playbookId: Id }), z.custom<Proposal[]>()),
  /**
   * Accepts one proposal: it is worked out again from the plans here (never taken from the
   * caller), then applied to the next draft of that version, which is started if needed.
   */
  acceptPromotion: op(z.strictObject({ playbookId: Id, stepId: Id, measure: Measure }), PlaybookSummary),
} as const;
