import { expect, test } from 'vitest';

// A broken install falls back to the machine's Node 20, which current Astro refuses; say so loudly.
test('tests run on the Node 24 pinned in devDependencies', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
});
