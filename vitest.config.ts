import { getViteConfig } from 'astro/config';

// Unit and content tests: pure modules, fixtures and the Astro Container API. No browser.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
