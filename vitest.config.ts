import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/build-web.ts'],
          // One browser at a time on a 2-core machine; one retry absorbs a machine too busy to keep up.
          fileParallelism: false,
          retry: 1,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
