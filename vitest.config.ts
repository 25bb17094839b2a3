// Three test projects: `unit` (pure logic and components, WXT's fake browser), `e2e` (the
// real built extension in the system's Chromium, see tests/e2e/harness.ts) and `e2e-firefox`
// (the same in Firefox ESR, see tests/e2e-firefox/harness.ts).
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        // Some tests analyse a whole corpus (seconds of one core); tests never assert timings,
        // so a busy machine must not fail them by the clock either.
        // Not isolated: each of ~100 files loading both languages' rules and lexicons again took
        // most of the suite's time (225 s against 57 s here). Tests reset what they change (the
        // fake browser, settings) in their own hooks, so sharing loaded modules is safe.
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 30_000, isolate: false },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // A real browser and a real editor: Apply waits for the editor to settle (and for
          // the undo-merge window after typing), so a second is too short to wait for a result.
          expect: { poll: { timeout: 6_000 } },
          hookTimeout: 120_000,
          // One browser at a time: CI machines have two cores.
          fileParallelism: false,
        },
      },
      {
        // The same fixtures in Firefox ESR (tests/e2e-firefox/harness.ts). Run on its own, after
        // the Chromium project: two browsers at once on two cores make both slow and flaky.
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          globalSetup: ['tests/e2e-firefox/global-setup.ts'],
          testTimeout: 60_000,
          expect: { poll: { timeout: 6_000 } },
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
