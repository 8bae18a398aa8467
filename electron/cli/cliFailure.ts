/** Exit codes: 0 done, 1 the input or the disk said no, 2 the command line itself is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure the user should read: its message is already one line, e.g. "<file>: <what is wrong>". */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

export class UsageFailure extends CliFailure {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageFailure';
  }
}
