import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          // Rebuilds public/data when it was not built from the current source folder (tests/ensure-test-data.ts).
          globalSetup: ['tests/unit/global-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds and serves the app once for all browser tests (tests/e2e/global-setup.ts).
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Two browsers at a time: most of a browser test's time is waiting (human-paced clicks, polls
          // for the worker's result), so two files overlap well on two cores even with software WebGL;
          // one at a time took 20 minutes.
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
