import type { CliIo } from './io';

export interface Command {
  name: string;
  /** The arguments, as shown in the usage text. */
  synopsis: string;
  summary: string;
  /** Returns the exit code; throws CliFailure for anything the user should read. */
  run(args: readonly string[], io: CliIo): number;
}
