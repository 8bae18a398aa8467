// npm run dist — installers for the current OS into release/: AppImage and deb on Linux, an NSIS
// installer on Windows, a dmg on macOS (electron-builder.yml). Needs the Electron binary, which
// electron-builder downloads, and builds the SQLite driver for Electron first (as npm start does).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electronNative.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--target', 'main,preload,renderer', '--quiet'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await ensureElectronNative(root);

const builder = spawnSync(process.execPath, [require.resolve('electron-builder/cli.js'), '--publish', 'never', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(builder.status ?? 1);
