import type { z } from 'zod';
import { findForbiddenKey } from './forbiddenKeys';
import { MAX_FILE_BYTES, MAX_NESTING_DEPTH, TANDEM_FORMAT, type TandemFile } from './format';
import { formatJsonPath } from './jsonPath';
import { oneLine } from './oneLine';
import { describeJsonSyntaxError } from './jsonSyntax';
import { findExcessNesting } from './nesting';
import { kindReader, KIND_READERS } from './kinds';
import { migrateFile, TANDEM_MIGRATIONS, type JsonObject, type MigrationSequence } from './migrations';
import { findFileNoteProblems } from '../review/fileNotes';

export type TandemLoadErrorCode =
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'not-tandem'
  | 'newer-version'
  | 'invalid'
  | 'too-many'
  | 'inconsistent';

export interface TandemLoadError {
  code: TandemLoadErrorCode;
  /** One line for the user: what is wrong and where (a JSON path such as "playbook.steps[3].title"). */
  message: string;
}

export type TandemLoadResult =
  | { ok: true; file: TandemFile; /** The version the file was written in, before migration. */ fromVersion: number }
  | { ok: false; error: TandemLoadError };

export interface LoadOptions {
  /** Size of the file in bytes, known to the caller before the text was decoded. */
  byteLength: number;
  /** Tests inject a longer history here; the app always uses the built-in one. */
  migrations?: MigrationSequence;
}

const fail = (code: TandemLoadErrorCode, message: string): TandemLoadResult => ({
  ok: false,
  error: { code, message: oneLine(message) },
});

const NOT_A_TANDEM_FILE =
  'This is not a Tandem file. Tandem opens .tandem files (Export → Tandem file); its CSV, Markdown, HTML and other exports are for reading elsewhere.';

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Reads a .tandem file: size → nesting → JSON → prototype keys → header → migrate → counts →
 * schema → integrity. Never throws for anything in the text; each refusal is a typed error with
 * a one-line message. See FORMAT.md for what each step accepts.
 */
export function loadTandemFile(text: string, options: LoadOptions): TandemLoadResult {
  const sequence = options.migrations ?? TANDEM_MIGRATIONS;
  // A UTF-16 code unit never encodes to fewer UTF-8 bytes, so the text length is a floor for the size.
  const tooLarge = fileSizeProblem(Math.max(options.byteLength, text.length));
  if (tooLarge) return { ok: false, error: tooLarge };
  // Editors on Windows may add a byte order mark; RFC 8259 lets readers ignore it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('not-json', 'The file is empty.');

  const deep = findExcessNesting(body, MAX_NESTING_DEPTH);
  if (deep) {
    return fail('too-deep', `The file nests lists and objects more than ${MAX_NESTING_DEPTH} levels deep (at character ${deep.offset + 1}).`);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    // Not even an object: another kind of file (a CSV, a Markdown or HTML export…), not a damaged
    // Tandem file, and a JSON parser's complaint about its first character would not help.
    if (!body.trimStart().startsWith('{')) return fail('not-json', NOT_A_TANDEM_FILE);
    return fail('not-json', `The file is not valid JSON: ${describeJsonSyntaxError(error, body)}.`);
  }

  const forbidden = findForbiddenKey(parsed);
  if (forbidden) {
    return fail('invalid', `${formatJsonPath(forbidden)}: the key "${String(forbidden.at(-1))}" is not allowed in a Tandem file.`);
  }

  // Stryker disable next-line ConditionalExpression: a primitive has no "format" either; the first checks keep the cast honest.
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || (parsed as JsonObject).format !== TANDEM_FORMAT) {
    return fail('not-tandem', 'This is not a Tandem file (it has no "format": "tandem").');
  }
  const formatVersion = (parsed as JsonObject).formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return fail('invalid', `formatVersion: expected a whole number from 1 up, found ${describeValue(formatVersion)}.`);
  }
  if (formatVersion > sequence.currentVersion) {
    return fail(
      'newer-version',
      `This file was made by a newer version of Tandem (format ${formatVersion}); this version reads up to ${sequence.currentVersion}.`,
    );
  }

  const migrated = migrateFile(parsed as JsonObject, formatVersion, sequence);
  if (!migrated.ok) return fail('invalid', migrated.message);
  const file = migrated.file;

  const known = Object.keys(KIND_READERS).join(', ');
  if (typeof file.kind !== 'string') return fail('invalid', `kind: expected one of ${known}, found ${describeValue(file.kind)}.`);
  const reader = kindReader(file.kind);
  if (!reader) return fail('invalid', `kind: this version of Tandem does not read "${file.kind}" files (it reads: ${known}).`);

  const tooMany = reader.findCountProblem(file);
  if (tooMany) return fail('too-many', tooMany);

  const validated = reader.schema.safeParse(file);
  if (!validated.success) return fail('invalid', describeIssue(validated.error));

  const problems = reader.findIntegrityProblems(validated.data);
  // Notes are checked against a sound body only: their targets would mislead otherwise.
  if (problems.length === 0) problems.push(...findFileNoteProblems(validated.data));
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return fail('inconsistent', `${problems[0]}${more}`);
  }
  return { ok: true, file: validated.data, fromVersion: formatVersion };
}

/** The too-large error for a file of this many bytes, or null; callers check it before reading the file. */
export function fileSizeProblem(byteLength: number): TandemLoadError | null {
  if (byteLength <= MAX_FILE_BYTES) return null;
  return { code: 'too-large', message: `The file is ${megabytes(byteLength)}; Tandem opens files up to ${megabytes(MAX_FILE_BYTES)}.` };
}

/** Like loadTandemFile, for raw bytes: refuses text that is not UTF-8 instead of guessing. */
export function loadTandemBytes(bytes: Uint8Array, options: Omit<LoadOptions, 'byteLength'> = {}): TandemLoadResult {
  const tooLarge = fileSizeProblem(bytes.byteLength);
  if (tooLarge) return { ok: false, error: tooLarge };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail('not-json', 'The file is not UTF-8 text.');
  }
  return loadTandemFile(text, { ...options, byteLength: bytes.byteLength });
}

/** The first schema problem as "path: what", e.g. `playbook.steps[3].title: Too big…`. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  // Stryker disable next-line StringLiteral: a failed safeParse always has an issue; this only satisfies the type.
  if (!issue) return 'The file does not match the Tandem format.';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
    const several = issue.keys.length > 1;
    return `${formatJsonPath(issue.path)}: unknown field${several ? 's' : ''} ${keys}; this version of Tandem does not know ${several ? 'them' : 'it'}${more}`;
  }
  return `${formatJsonPath(issue.path)}: ${issue.message}${more}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)}`;
  // Stryker disable next-line ConditionalExpression: the last line says the same of a number; this one says it first.
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : String(value);
}
