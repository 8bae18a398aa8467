// Mutation testing (npm run mutation): Stryker changes one small thing in the code at a time
// (a condition, a boundary, a string) and runs the tests that cover it; a change no test notices
// is a gap in the tests. Outside npm test: a full run takes hours on two cores. See the README,
// "Mutation testing", for the latest scores and how to run one folder.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  // Only the layers mutated and what they import: half the project, so each type-check is quicker.
  tsconfigFile: 'tsconfig.mutation.json',
  // Type-check each mutant on its own file first; a mutant that does not compile is no finding.
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // The pure model and the database/service layers. The shell's Electron calls are checked by
  // test/node/shellStartup.test.ts against a stand-in, which runs a bundle and cannot see mutants.
  mutate: [
    'shared/**/*.ts',
    'electron/db/**/*.ts',
    'electron/service/**/*.ts',
    '!**/*.test.ts',
    '!**/*.test-helper.ts',
    '!**/*.d.ts',
  ],
  coverageAnalysis: 'perTest',
  // Only mutants in code that changed since the last run are tested again.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Two cores shared with the rest of the machine.
  concurrency: 1,
  timeoutMS: 20_000,
  // The first run of every test, which maps tests to the code they cover, takes minutes on a busy machine.
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 80, low: 70, break: null },
  // Mutants in module-level constants would need every test run for each; they are left out.
  ignoreStatic: true,
  // A surviving mutant that is equivalent (changes nothing a user or a caller can observe) is marked
  // where it is, with why, by a `// Stryker disable next-line <Mutator>: why` comment on the line
  // above: the reason stays beside the code it is about and moves with it. Reviewed so far:
  //   electron/service: importNotes.ts (note order), importService.ts (temporary id table, a null
  //   parent, an empty id map), playbookService.ts (a message no caller reaches, a lane check done
  //   earlier), portfolioService.ts (a narrower scan), recoverableService.ts (the driver under Node).
  // `grep -rn "Stryker disable" shared electron` lists them all.
};

export default config;
