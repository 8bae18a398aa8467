import { parseArgs } from 'node:util';
import { UsageFailure } from './cliFailure';

export interface ArgSpec {
  /** Names of required positional arguments, in order. */
  positionals: readonly string[];
  /** Options taking a value, e.g. "out" for --out <path>; those in `required` must be given. */
  options: readonly string[];
  required?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | undefined>;
}

/** Parses one command's arguments strictly: unknown options, missing or extra arguments are usage errors. */
export function parseCommandArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: Object.fromEntries(spec.options.map((name) => [name, { type: 'string' as const }])),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageFailure(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const { positionals, values } = parsed;
  if (positionals.length < spec.positionals.length) {
    throw new UsageFailure(`missing <${spec.positionals[positionals.length]}>`);
  }
  if (positionals.length > spec.positionals.length) {
    throw new UsageFailure(`unexpected argument "${positionals[spec.positionals.length]}"`);
  }
  const options: Record<string, string | undefined> = {};
  for (const name of spec.options) {
    const value = (values as Record<string, string | undefined>)[name];
    if (value === '' || (value === undefined && spec.required?.includes(name))) throw new UsageFailure(`missing --${name} <value>`);
    options[name] = value;
  }
  return { positionals, options };
}
