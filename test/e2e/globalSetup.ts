import { execFileSync } from 'node:child_process';

// Build the renderer and the harness once for the whole browser suite.
export default function setup() {
  execFileSync(process.execPath, ['scripts/build.mjs', '--target', 'renderer,harness', '--quiet'], { stdio: 'inherit' });
}
