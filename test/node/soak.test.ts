import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';

describe('the crash test, short', () => {
  it('kills a writer 20 times at random moments: every acknowledged write survives, the one in flight is whole or absent', async () => {
    const temp = makeTempDir('tandem-soak-');
    try {
      // The same command as npm run soak, with fewer kills (the full run is 200).
      const child = spawn(process.execPath, ['scripts/soak.mjs', '--kills', '20', '--quiet', '--data', temp.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(output).toMatch(/^soak passed in \d+ s \(seed \d+\): 20 kills, [1-9]\d* acknowledged writes all present/m);
      expect(code).toBe(0);
    } finally {
      temp.cleanup();
    }
  }, 90_000);
});
