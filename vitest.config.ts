import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The officer app's pure helpers are tested here too; they import the contracts as the app's build does.
  resolve: { alias: [{ find: /^@contracts\//, replacement: fileURLToPath(new URL('./src/contracts/', import.meta.url)) }] },
  test: {
    include: ['src/**/*.test.ts', 'eslint/**/*.test.ts', 'bench/**/*.test.ts', 'test/integration/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: process.env.CI ? ['default', ['json', { outputFile: process.env.VITEST_JSON ?? 'test-results/vitest.json' }]] : ['default'],
  },
});
