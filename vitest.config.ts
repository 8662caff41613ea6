import { defineConfig } from 'vitest/config';

// Two projects: fast Node tests (engine, content, ui logic) and browser tests
// that drive Debian's Chromium against the production build.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // Issue 13: today's meetings are won blind; this test lands with the rebalanced
          // content (remove the line then). BLIND_CONTENT=1 runs it before.
          exclude: process.env.BLIND_CONTENT ? [] : ['tests/content/blind.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/setup/global.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
