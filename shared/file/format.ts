import { z } from 'zod';
import { PlaybookDoc } from '../domain/playbook';
import { PlanDoc } from '../plan/plan';
import { Id } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { text } from '../domain/text';
import { MAX_NOTES, Note } from '../review/notes';

/** The value of the "format" field: what tells a .tandem file from any other JSON. */
export const TANDEM_FORMAT = 'tandem';

/** The newest format version this build writes and reads; older ones are migrated up on load. */
export const CURRENT_FORMAT_VERSION = 1;

export const TANDEM_FILE_EXTENSION = '.tandem';

/** Refused before reading: no real playbook comes near it, and parsing more would freeze the app. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Real files nest about 6 deep; anything past this is an attack or a broken generator. */
export const MAX_NESTING_DEPTH = 64;

export const TANDEM_KINDS = ['playbook', 'plan'] as const;
export type TandemKind = (typeof TANDEM_KINDS)[number];

/**
 * Envelope fields shared by every kind. A plain (stripping) object: unknown envelope fields are
 * dropped, so a later version may add metadata without locking this one out. The body is strict.
 */
const envelope = {
  format: z.literal(TANDEM_FORMAT),
  /** Always the current version once loaded: the loader migrates before it validates. */
  formatVersion: z.int().min(1),
  exportedAt: z.iso.datetime({ offset: true }),
  app: text().max(200),
  /** The database the file was exported from, and its user's name: who a reviewer is looking at. */
  installationId: Id.optional(),
  author: text().max(LIMITS.nameLength).optional(),
  /** Review notes on the body (see FORMAT.md: they ride in the envelope so older readers still open the file). */
  notes: z.array(Note).max(MAX_NOTES).optional(),
};

export const PlaybookFile = z.object({
  ...envelope,
  kind: z.literal('playbook'),
  playbook: PlaybookDoc,
});
export type PlaybookFile = z.infer<typeof PlaybookFile>;

/**
 * A deal plan with the playbook version it is pinned to, so the file opens on its own anywhere.
 * A reader of format 1 that predates plans refuses the kind by name rather than misreading it,
 * so plans need no new format version.
 */
export const PlanFile = z.object({
  ...envelope,
  kind: z.literal('plan'),
  plan: PlanDoc,
  playbook: PlaybookDoc,
});
export type PlanFile = z.infer<typeof PlanFile>;

/** Every kind of file this version reads. */
export type TandemFile = PlaybookFile | PlanFile;
