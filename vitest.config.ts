import { defineConfig } from 'vitest/config';

// Two projects: fast unit and fixture tests run in parallel; browser tests (each launching
// Chromium with the extension) run one file at a time, so a 2-core machine is not overloaded
// into timeouts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A round trip to the background (judge, write, re-judge) can take seconds on a busy
          // 2-core machine: polls wait for behaviour, they do not time it.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
    ],
  },
});
