// Builds the app's parts: the Electron main and preload, the renderer (Vite), the test harness and the CLI.
// Usage: node scripts/build.mjs [--target main,preload,renderer,harness,cli] [--quiet]
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { writeThirdPartyNotices } from './thirdPartyNotices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const targetArg = args[args.indexOf('--target') + 1];
const targets = args.includes('--target') && targetArg ? targetArg.split(',') : ['main', 'preload', 'renderer', 'harness', 'cli'];

const nodeEsm = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'esbuild', 'vite'],
  // Bundled CommonJS dependencies may call require(); give ESM output one.
  banner: { js: "import { createRequire as __tandemRequire } from 'node:module'; const require = __tandemRequire(import.meta.url);" },
  logLevel: quiet ? 'error' : 'warning',
};

const steps = {
  // The import worker is a second entry beside main: a worker thread loads a script file. The
  // licence notices of what the app ships go beside them, into the packed app.
  main: () =>
    Promise.all(
      [
        ['electron/shell/main.ts', 'dist/electron/main.cjs'],
        ['electron/work/importWorker.ts', 'dist/electron/importWorker.cjs'],
        ['electron/work/portfolioWorker.ts', 'dist/electron/portfolioWorker.cjs'],
      ].map(([entry, outfile]) =>
        esbuild({
          entryPoints: [join(root, entry)],
          outfile: join(root, outfile),
          bundle: true,
          platform: 'node',
          format: 'cjs',
          target: 'node22',
          external: ['electron', 'better-sqlite3'],
          logLevel: quiet ? 'error' : 'warning',
        }),
      ),
    ).then(() => writeThirdPartyNotices(root, join(root, 'dist/electron/THIRD_PARTY_NOTICES.txt'))),
  // A sandboxed preload can only require 'electron': everything else is bundled in.
  preload: () =>
    esbuild({
      entryPoints: [join(root, 'electron/shell/preload.ts')],
      outfile: join(root, 'dist/electron/preload.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'chrome140',
      external: ['electron'],
      logLevel: quiet ? 'error' : 'warning',
    }),
  renderer: () => vite({ configFile: join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'info' }),
  harness: async () => {
    await esbuild({ ...nodeEsm, entryPoints: [join(root, 'test/harness/main.ts')], outfile: join(root, 'dist/harness/main.mjs') });
    await esbuild({ ...nodeEsm, entryPoints: [join(root, 'electron/work/importWorker.ts')], outfile: join(root, 'dist/harness/importWorker.mjs') });
    await esbuild({ ...nodeEsm, entryPoints: [join(root, 'electron/work/portfolioWorker.ts')], outfile: join(root, 'dist/harness/portfolioWorker.mjs') });
    await esbuild({
      entryPoints: [join(root, 'test/harness/browserApi.ts')],
      outfile: join(root, 'dist/harness/bridge.js'),
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'chrome120',
      logLevel: quiet ? 'error' : 'warning',
    });
  },
  cli: () => esbuild({ ...nodeEsm, entryPoints: [join(root, 'electron/cli/main.ts')], outfile: join(root, 'dist/cli/tandem.mjs') }),
};

for (const target of targets) {
  if (!steps[target]) {
    console.error(`Unknown build target "${target}". Known: ${Object.keys(steps).join(', ')}`);
    process.exit(2);
  }
  await steps[target]();
}
