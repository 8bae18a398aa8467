/**
 * Finds places in a source file that resolve a path above the repository root: a clone has nothing
 * beside it, so such a path works on one machine and fails on every other.
 *
 * Two shapes are checked: path calls (`resolve`, `join`, `new URL`) whose base is the file's own
 * folder or the repository root, and relative string literals (`'../../x'`, imports included)
 * resolved against the file's folder. A base the scan cannot place (a temp folder, a user's path)
 * is left alone.
 */
export interface PathAboveRoot {
  line: number;
  text: string;
}

type Base = 'file' | 'root' | 'unknown';

const FILE_BASE = /import\.meta\.(dirname|url)|__dirname|\bhere\b/;
const ROOT_BASE = /root|repo\b|process\.cwd\(\)/i;
const STRING = /^(['"`])(.*)\1$/s;

export function findPathsAboveRoot(relativeFile: string, source: string): PathAboveRoot[] {
  const fileDepth = relativeFile.split('/').length - 1;
  const lines = source.split('\n');
  const found = new Map<number, PathAboveRoot>();
  const report = (index: number) => {
    const line = source.slice(0, index).split('\n').length;
    const text = lines[line - 1]!.trim();
    // A comment may name such a path to explain a rule; only code reads one.
    if (!/^(\/\/|\*|\/\*)/.test(text)) found.set(line, { line, text });
  };

  for (const call of pathCalls(source)) {
    // `new URL('..', import.meta.url)` puts the base second; `resolve(base, ...parts)` first.
    const [baseArg, ...parts] = call.kind === 'url' ? [call.args[1], call.args[0]] : call.args;
    if (baseArg === undefined) continue;
    const base = baseOf(baseArg);
    if (base === 'unknown') continue;
    const segments = parts.filter((part): part is string => part !== undefined);
    const start = base === 'file' ? fileDepth : 0;
    if (escapesRoot(start, segments.flatMap(segmentsOf))) report(call.index);
  }

  for (const match of source.matchAll(/(['"`])((?:\.\.\/)+[^'"`\s]*)\1/g)) {
    if (escapesRoot(fileDepth, match[2]!.split('/'))) report(match.index);
  }
  return [...found.values()];
}

function baseOf(arg: string): Base {
  if (FILE_BASE.test(arg)) return 'file';
  if (ROOT_BASE.test(arg)) return 'root';
  return 'unknown';
}

/** A string literal's path segments; any other expression counts as one folder down. */
function segmentsOf(arg: string): string[] {
  const literal = STRING.exec(arg.trim());
  return literal ? literal[2]!.split('/') : ['<expr>'];
}

function escapesRoot(startDepth: number, segments: string[]): boolean {
  let depth = startDepth;
  for (const segment of segments) {
    if (segment === '..') depth -= 1;
    else if (segment !== '.' && segment !== '') depth += 1;
    if (depth < 0) return true;
  }
  return false;
}

interface PathCall {
  kind: 'path' | 'url';
  index: number;
  args: string[];
}

/** `resolve(…)`, `join(…)` and `new URL(…)` calls with their top-level arguments, nested calls intact. */
function pathCalls(source: string): PathCall[] {
  const calls: PathCall[] = [];
  for (const match of source.matchAll(/\b(resolve|join|new URL)\(/g)) {
    const open = match.index + match[0].length;
    const args = splitArgs(source, open);
    if (args) calls.push({ kind: match[1] === 'new URL' ? 'url' : 'path', index: match.index, args });
  }
  return calls;
}

function splitArgs(source: string, open: number): string[] | null {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (let i = open; i < source.length; i += 1) {
    const char = source[i]!;
    if (quote) {
      current += char;
      if (char === '\\') current += source[++i] ?? '';
      else if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') {
      if (depth === 0) {
        if (current.trim()) args.push(current.trim());
        return args;
      }
      depth -= 1;
    } else if (char === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  return null;
}
