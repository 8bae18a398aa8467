// better-sqlite3 is native: node_modules keeps the Node build that the tests load, and the app gets its
// own Electron build under .native/electron-<version>/, which electron/shell/nativeBinding.ts finds.
import { rebuild } from '@electron/rebuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export async function ensureElectronNative(root) {
  const electronVersion = require('electron/package.json').version;
  const sqliteDir = join(root, 'node_modules', 'better-sqlite3');
  const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
  const outDir = join(root, '.native', `electron-${electronVersion}`);
  const binding = join(outDir, 'better_sqlite3.node');
  const stampFile = join(outDir, 'stamp.json');
  const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });
  if (existsSync(binding) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return binding;

  console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)…`);
  const work = join(outDir, 'work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules'), { recursive: true });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'tandem-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
  cpSync(sqliteDir, join(work, 'node_modules', 'better-sqlite3'), { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });

  const moduleDir = join(work, 'node_modules', 'better-sqlite3');
  const built = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
  // A prebuilt binary for this Electron, when one can be downloaded, spares the user a compiler.
  const prebuilt = spawnSync(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform],
    { cwd: moduleDir, stdio: 'ignore', timeout: 120_000 },
  );
  if (prebuilt.status !== 0 || !existsSync(built)) {
    try {
      // Otherwise compile it against Electron's headers.
      await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
    } catch (error) {
      console.error(`Could not build better-sqlite3 for Electron: ${error instanceof Error ? error.message : error}`);
    }
  }
  if (!existsSync(built)) {
    console.error('Check the native build tools (Python 3, make, a C++ compiler) and run npm start again.');
    process.exit(1);
  }
  cpSync(built, binding);
  writeFileSync(stampFile, stamp);
  rmSync(work, { recursive: true, force: true });
  return binding;
}
