import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    // The browser check crawls the whole built site; it needs more than the default 5 s, not a time budget.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
