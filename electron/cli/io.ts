/** Where a command writes; the entry point gives it the process streams, tests give it arrays. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}
