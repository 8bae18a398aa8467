import { z } from 'zod';

/** Ids are opaque strings chosen by whoever creates the record (usually a UUID). */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "-" and "_"');
export type Id = z.infer<typeof Id>;

export type NewId = () => string;

/** Works in browsers, Electron and Node ≥ 19 alike, so shared code can mint ids. */
export const randomId: NewId = () => globalThis.crypto.randomUUID();
