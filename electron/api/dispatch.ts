import { apiContract, type ApiEnvelope, type ApiHandlers, type ApiOp } from '../../shared/api/contract';
import { describeZodError, TandemError } from '../../shared/api/errors';
import { describeStorageError } from '../db/storageErrors';

export type Dispatch = (op: string, rawArg: unknown) => Promise<ApiEnvelope<unknown>>;

const isOp = (op: string): op is ApiOp => Object.prototype.hasOwnProperty.call(apiContract, op);

/**
 * The single entry from outside (IPC, the test bridge) into the service: checks the operation
 * exists, validates the argument against the contract's schema, and turns every failure into a
 * one-line message. Nothing reaches a handler unvalidated.
 */
export function createDispatch(handlers: ApiHandlers, log: (error: unknown) => void = () => {}): Dispatch {
  return async (op, rawArg) => {
    if (typeof op !== 'string' || !isOp(op)) {
      return { ok: false, error: { code: 'unknown-operation', message: `Unknown operation "${String(op).slice(0, 60)}".` } };
    }
    const tooBig = sizeProblem(rawArg);
    if (tooBig) return { ok: false, error: { code: 'invalid-argument', message: `Invalid argument for ${op}: ${tooBig}` } };
    const parsed = apiContract[op].arg.safeParse(rawArg);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-argument', message: `Invalid argument for ${op}: ${describeZodError(parsed.error)}` } };
    }
    try {
      const handler = handlers[op] as (arg: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof TandemError) return { ok: false, error: { code: error.code, message: error.message } };
      log(error);
      const storage = describeStorageError(error);
      if (storage) return { ok: false, error: { code: 'failed', message: storage } };
      const sqliteConstraint = (error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT');
      return {
        ok: false,
        error: sqliteConstraint
          ? { code: 'conflict', message: `${op} was refused: it conflicts with data already saved.` }
          : { code: 'failed', message: `${op} failed: ${firstLine(error)}` },
      };
    }
  };
}

/** The largest argument accepted, as JSON text: room for a 50 MB file (whose quotes double when escaped), far above any real edit. */
export const MAX_ARGUMENT_CHARS = 120 * 1024 * 1024;

/**
 * Field caps bound each piece; this bounds the whole, before any of it is parsed or written. A
 * top-level string (a file's text) is measured, not serialised: copying and escaping 40 MB would
 * hold up this thread, which answers every other call, for a few hundred milliseconds.
 */
function sizeProblem(arg: unknown): string | null {
  if (arg === undefined) return null;
  let length = 0;
  try {
    const fields = arg !== null && typeof arg === 'object' && !Array.isArray(arg) ? Object.entries(arg) : [['', arg] as const];
    for (const [key, value] of fields) {
      length += key.length + 4 + (typeof value === 'string' ? value.length : (JSON.stringify(value) ?? '').length);
    }
  } catch {
    return 'it cannot be read as data';
  }
  return length > MAX_ARGUMENT_CHARS ? 'it is larger than 120 MB' : null;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}
