import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'test/node/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          // Rendering the canvas under jsdom takes seconds on a busy two-core machine.
          testTimeout: 20_000,
          setupFiles: ['test/setup/jsdom.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          // The browser suite runs after the others: sharing two cores with a native build makes
          // Chromium slow enough to turn timing into flakiness.
          sequence: { groupOrder: 1 },
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
