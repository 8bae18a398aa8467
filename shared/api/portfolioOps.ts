import { z } from 'zod';
import type { PortfolioReport } from '../portfolio/portfolio';

const op = <A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) => ({ arg, result });

/** Operations over many plans at once; spread into the one contract map. */
export const portfolioOps = {
  /**
   * The portfolio review of every deal plan in this database. Results cross the boundary from the
   * main process, which built them; only arguments are validated, so a typed result is enough.
   */
  reviewPortfolio: op(z.undefined(), z.custom<PortfolioReport>()),
} as const;
