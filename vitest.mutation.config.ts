import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant (npm run mutation): the in-process node tests of
// shared/ and electron/. Tests that build or start another process (the CLI, the shell, the
// harness, the import worker) run a bundle Stryker cannot switch mutants in, so they stay out.
export default defineConfig({
  test: {
    name: 'mutation',
    environment: 'node',
    include: [
      'shared/**/*.test.ts',
      'electron/api/**/*.test.ts',
      'electron/db/**/*.test.ts',
      'electron/service/**/*.test.ts',
      'test/node/hostileCorpus.test.ts',
      'test/node/planFile.test.ts',
      'test/node/notesFile.test.ts',
    ],
    testTimeout: 60_000,
  },
});
