import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against the built site in dist/, served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // Serves dist/ and starts the one shared browser (see tests/e2e/README.md).
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    // Generous upper bounds, not timings: both files' maps are drawn by the one browser's software
    // WebGL, so one map can wait for another's frames (seen: a 13 s test took 107 s on a slow runner).
    testTimeout: 240_000,
    hookTimeout: 60_000,
    // Most of a test's time is spent waiting on the browser (frames, round trips), not computing:
    // two files at a time halve the run on two cores (measured: 171 s → 87 s for six files). Both
    // drive the one shared browser; no test depends on timing, only on the page's signals.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
