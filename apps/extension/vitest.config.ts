import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['**/node_modules/**', '.output/**', 'e2e/**'],
    // Tests run beside builds of other workspaces; the timeout guards against hangs and is no time budget.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
