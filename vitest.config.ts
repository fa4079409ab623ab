import { getViteConfig } from 'astro/config';

// Unit and content tests: pure modules, fixtures and the Astro Container API. No browser.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The geometry tests (static map layout, fine borders) take 2–6 s each on a busy 2-core runner.
    testTimeout: 30_000,
    // One worker per core reused across files: each file re-importing Astro's and Vite's config in a
    // fresh worker was a third of the run. The tests share no mutable state (pure modules, fixtures).
    isolate: false,
  },
});
