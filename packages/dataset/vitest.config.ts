import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Fuzz tests run a fixed number of cases; how long that takes depends on the machine and on what runs
    // beside it (turbo builds other workspaces in parallel), so the timeout is a hang guard, not a budget.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
