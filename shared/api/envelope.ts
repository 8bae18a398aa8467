import type { ApiEnvelope } from './contract';
import { TandemError } from './errors';

/** The IPC channel that carries one operation. */
export const channelOf = (op: string) => `tandem:${op}`;

/** Turns an envelope back into a value, or throws its one-line error for the caller to show. */
export function unwrapEnvelope<T>(envelope: ApiEnvelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new TandemError(envelope.error.code, envelope.error.message);
}
