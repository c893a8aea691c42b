import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Spawn and browser tests start real processes and Chromium.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
