import { getViteConfig } from 'astro/config';

// Unit and content tests: pure modules, fixtures and the Astro Container API. No browser.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The geometry tests (static map layout, fine borders) take 2–6 s each on a busy 2-core runner.
    testTimeout: 30_000,
  },
});
