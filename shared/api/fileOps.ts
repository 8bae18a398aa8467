import { z } from 'zod';

const op = <A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) => ({ arg, result });

/** Exports run to tens of megabytes for a large playbook; anything far beyond is not an export. */
const MAX_EXPORT_CHARS = 200 * 1024 * 1024;

/** A name the Save dialog proposes: one path segment, no folder, no control characters. */
const SuggestedName = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[/\\\u0000-\u001f]/.test(name) && name !== '.' && name !== '..', 'must be a file name without a folder');

export const SaveFileArg = z.discriminatedUnion('encoding', [
  z.strictObject({ fileName: SuggestedName, encoding: z.literal('utf8'), content: z.string().max(MAX_EXPORT_CHARS) }),
  // Images travel as base64 text, so every bridge (IPC, the harness's HTTP) carries them the same way.
  z.strictObject({ fileName: SuggestedName, encoding: z.literal('base64'), content: z.base64().max(MAX_EXPORT_CHARS) }),
]);
export type SaveFileArg = z.infer<typeof SaveFileArg>;

/** Handing exported files to the user; spread into the one contract map. */
export const fileOps = {
  /** How this window hands a file to the user: the app's Save dialog, or (a plain browser) its download. */
  fileSaving: op(z.undefined(), z.enum(['dialog', 'download'])),
  /** Asks where to save, then writes the file whole or not at all; null when the user cancelled the dialog. */
  saveFile: op(SaveFileArg, z.strictObject({ path: z.string() }).nullable()),
} as const;
