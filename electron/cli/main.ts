import { oneLine } from '../../shared/file/oneLine';
import { EXIT } from './cliFailure';
import { runCli } from './run';

// A closed pipe (`tandem templates | head -1`) is not an error worth a stack trace.
process.stdout.on('error', () => process.exit(process.exitCode ?? EXIT.ok));
process.on('uncaughtException', (error) => {
  process.stderr.write(`tandem: unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
  process.exit(EXIT.failed);
});

process.exitCode = runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
