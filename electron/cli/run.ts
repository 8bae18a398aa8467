import { oneLine } from '../../shared/file/oneLine';
import { CliFailure, EXIT, UsageFailure } from './cliFailure';
import type { Command } from './command';
import { analyzeCommand } from './commands/analyze';
import { diffCommand } from './commands/diff';
import { exportCommand } from './commands/export';
import { infoCommand } from './commands/info';
import { newCommand } from './commands/newPlaybook';
import { newPlanCommand } from './commands/newPlan';
import { reviewCommand } from './commands/review';
import { templatesCommand } from './commands/templates';
import { validateCommand } from './commands/validate';
import type { CliIo } from './io';

const COMMANDS: readonly Command[] = [templatesCommand, newCommand, newPlanCommand, validateCommand, infoCommand, analyzeCommand, reviewCommand, exportCommand, diffCommand];

export function usage(): string {
  return [
    'Usage: tandem <command> [arguments]',
    '',
    ...COMMANDS.flatMap((c) => [`  tandem ${c.name}${c.synopsis ? ` ${c.synopsis}` : ''}`, `      ${c.summary}`]),
    '',
    'Exit codes: 0 done, 1 the file or the disk said no, 2 wrong command line.',
  ].join('\n');
}

/** Runs one command line. Never throws: every failure becomes one line on stderr and an exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [name, ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageFailure(name === undefined ? 'no command given' : `unknown command "${name}"`);
    return command.run(args, io);
  } catch (error) {
    if (error instanceof UsageFailure) {
      io.err(`tandem${command ? ` ${command.name}` : ''}: ${oneLine(error.message)}`);
      io.err(usage());
      return error.exitCode;
    }
    if (error instanceof CliFailure) {
      io.err(oneLine(error.message, 1_000));
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`tandem: unexpected error: ${oneLine(message)}`);
    return EXIT.failed;
  }
}
