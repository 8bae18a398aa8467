import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..');

/**
 * Bundles one of `electron/work/`'s worker scripts as the app's build does, for a test to start.
 * The bundle goes inside the checkout, so the worker finds better-sqlite3 in node_modules as the
 * built app does; the process id keeps two test processes from sharing one.
 */
export async function buildWorker(name: 'importWorker' | 'portfolioWorker'): Promise<{ file: string; remove: () => void }> {
  const file = join(root, 'dist', 'work', `${name}-${process.pid}.cjs`);
  await build({
    entryPoints: [join(root, 'electron', 'work', `${name}.ts`)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
  return { file, remove: () => rmSync(file, { force: true }) };
}
