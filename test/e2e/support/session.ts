import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { startHarness, type RunningHarness } from './harness';

export interface Session {
  harness: RunningHarness;
  browser: Browser;
}

/**
 * One harness (fresh data folder) and one Chromium for a describe block. Read the fields inside
 * tests: they are filled in before the first test runs.
 */
export function useHarnessAndBrowser(harnessArgs: string[] = []): Session {
  const session = {} as Session;
  beforeAll(async () => {
    [session.harness, session.browser] = await Promise.all([startHarness(harnessArgs), launchBrowser()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    // The harness's contract: it exits cleanly on SIGTERM.
    expect(await session.harness?.stop()).toBe(0);
  });
  return session;
}
