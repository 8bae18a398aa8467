// npm run soak [-- --kills N] [--data DIR] [--seed S]: builds the crash test and runs it (see test/soak/).
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const name of ['main', 'writer']) {
  await build({
    entryPoints: [join(root, 'test', 'soak', `${name}.ts`)],
    outfile: join(root, 'dist', 'soak', `${name}.mjs`),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    // Bundled CommonJS dependencies may call require(); give ESM output one.
    banner: { js: "import { createRequire as __tandemRequire } from 'node:module'; const require = __tandemRequire(import.meta.url);" },
    logLevel: 'error',
  });
}
const run = spawn(process.execPath, [join(root, 'dist', 'soak', 'main.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
run.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
