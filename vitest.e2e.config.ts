import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against the built site in dist/, served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one browser at a time keeps timings stable.
    fileParallelism: false,
  },
});
