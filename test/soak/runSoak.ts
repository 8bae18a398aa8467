import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readKey } from './probe';

export interface SoakOptions {
  kills: number;
  dataDir: string;
  /** The built writer (writer.ts bundled). */
  writerFile: string;
  seed: number;
  /** Longest a writer runs before it is killed, in milliseconds; each kill picks a random moment up to it. */
  maxRunMs?: number;
  onKill?: (kill: number, summary: string) => void;
}

export interface SoakResult {
  kills: number;
  acknowledged: number;
  /** Writes in flight at a kill, and how each ended: committed whole, or not at all. */
  inFlightCommitted: number;
  inFlightRolledBack: number;
  /** The first problem found, or null when every check passed. */
  failure: string | null;
}

type Keys = Record<string, [string | null, string]>;

/**
 * Kills a writer at random moments and checks the database after each kill: SQLite's
 * integrity_check and foreign_key_check, every acknowledged write still there, and the write in
 * flight either all there or not at all.
 */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const dbFile = join(options.dataDir, 'tandem.db');
  let seed = options.seed >>> 0;
  const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const expected = new Map<string, string>();
  const result: SoakResult = { kills: 0, acknowledged: 0, inFlightCommitted: 0, inFlightRolledBack: 0, failure: null };
  let next = 1;

  for (let kill = 1; kill <= options.kills; kill++) {
    const child = spawn(process.execPath, [options.writerFile, dbFile, String(next), String(options.seed + kill)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let pending: { n: number; keys: Keys } | undefined;
    let acknowledged = 0;
    const lines = createInterface({ input: child.stdout });
    const closed = new Promise<void>((resolve) => lines.once('close', resolve));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let ready: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (ready = resolve));
    lines.on('line', (line) => {
      const [word, number, json] = line.split(/ (\S+)(?: (.*))?$/);
      if (word === 'ready') return ready();
      if (word === 'begin') pending = { n: Number(number), keys: JSON.parse(json!) as Keys };
      if (word === 'ack' && pending && pending.n === Number(number)) {
        for (const [key, [, after]] of Object.entries(pending.keys)) expected.set(key, after);
        next = pending.n + 1;
        pending = undefined;
        acknowledged++;
      }
    });
    await Promise.race([started, exited]);
    if (child.exitCode !== null) return { ...result, failure: `the writer stopped on its own (${child.exitCode}): ${stderr.trim().split('\n')[0]}` };
    // The kill lands at a random moment of the writer's run: between writes, inside one, or inside a commit.
    await new Promise((resolve) => setTimeout(resolve, random() * (options.maxRunMs ?? 400)));
    child.kill('SIGKILL');
    await Promise.all([exited, closed]);
    if (child.signalCode !== 'SIGKILL') return { ...result, failure: `the writer stopped on its own (${child.exitCode}): ${stderr.trim().split('\n')[0]}` };
    if (pending) next = pending.n + 1;

    const problem = check(dbFile, expected, pending?.keys);
    result.kills = kill;
    result.acknowledged += acknowledged;
    if (problem.failure) return { ...result, failure: `after kill ${kill}: ${problem.failure}` };
    if (problem.inFlight === 'committed') result.inFlightCommitted++;
    if (problem.inFlight === 'rolled back') result.inFlightRolledBack++;
    options.onKill?.(kill, `${acknowledged} acknowledged, in flight: ${problem.inFlight}`);
  }
  return result;
}

function check(dbFile: string, expected: Map<string, string>, inFlight: Keys | undefined): { failure?: string; inFlight: 'committed' | 'rolled back' | 'none' } {
  // Opened as the app opens it after a crash: SQLite replays the log of committed transactions.
  const db = new Database(dbFile);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { failure: `integrity_check: ${String(integrity)}`, inFlight: 'none' };
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length) return { failure: `foreign_key_check: ${JSON.stringify(orphans[0])}`, inFlight: 'none' };
    let state: 'committed' | 'rolled back' | 'none' = 'none';
    if (inFlight) {
      const outcomes = Object.entries(inFlight).map(([key, [before, after]]) => {
        const actual = readKey(db, key);
        return actual === after ? 'new' : actual === before ? 'old' : `${key} is ${JSON.stringify(actual)}, neither ${JSON.stringify(before)} nor ${JSON.stringify(after)}`;
      });
      const odd = outcomes.find((o) => o !== 'new' && o !== 'old');
      if (odd) return { failure: `the write in flight left ${odd}`, inFlight: 'none' };
      if (new Set(outcomes).size > 1) return { failure: `the write in flight was torn: ${JSON.stringify(Object.keys(inFlight))} partly written`, inFlight: 'none' };
      state = outcomes[0] === 'new' ? 'committed' : 'rolled back';
      if (state === 'committed') for (const [key, [, after]] of Object.entries(inFlight)) expected.set(key, after);
    }
    for (const [key, value] of expected) {
      const actual = readKey(db, key);
      if (actual !== value) return { failure: `an acknowledged write was lost: ${key} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`, inFlight: state };
    }
    return { inFlight: state };
  } finally {
    db.close();
  }
}
