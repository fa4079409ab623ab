import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_LAYER, browserEntries, isNodeOnlySpecifier, nodeOnlyChains, runtimeSpecifiers } from './browserImports';

const ROOT = process.cwd();
const fixture = (name: string) => join(ROOT, 'tests/fixtures/layers', name);
const chainsIn = (root: string) => nodeOnlyChains(root, browserEntries(root));

describe('no browser bundle reaches a Node-only module', () => {
  // Parses every script and component of the site: seconds, more on a busy two-core machine.
  test('the site: every file under src/scripts/ and every bundled <script> in a component stays browser-safe', { timeout: 30_000 }, () => {
    const entries = browserEntries(ROOT);
    // The walk is only as good as its entries: the story's and the timeline's start must be among them.
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['src/pages/index.astro <script>', 'src/scripts/story/main.ts']));
    expect(nodeOnlyChains(ROOT, entries)).toEqual([]);
  });

  test('Node-only imports in src/lib/ live in the build layer, so the folder tells which modules the browser must not use', () => {
    const libFiles = readdirSync(join(ROOT, 'src/lib'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.m?ts$/.test(f))
      .map((f) => `src/lib/${f.split(sep).join('/')}`);
    const misplaced = libFiles.filter(
      (file) =>
        !file.startsWith(BUILD_LAYER) &&
        runtimeSpecifiers(readFileSync(join(ROOT, file), 'utf8')).some((s) => s !== null && isNodeOnlySpecifier(s)),
    );
    expect(misplaced).toEqual([]);
  });
});

describe('the import walk, on fixtures', () => {
  test('passes type-only imports of the build layer, server-side frontmatter, data <script> blocks and safe dynamic imports', () => {
    expect(chainsIn(fixture('good'))).toEqual([]);
  });

  test('fails naming the whole chain when a browser entry reaches node:fs through other modules', () => {
    expect(chainsIn(fixture('bad-node-fs'))).toEqual(['src/scripts/entry.ts → src/lib/helper.ts → src/lib/readsFiles.ts → node:fs']);
  });

  test("fails when a component's bundled <script> loads the build layer with import()", () => {
    expect(chainsIn(fixture('bad-astro-script'))).toEqual(['src/components/Widget.astro <script> → src/lib/build/loadThings.ts']);
  });

  test('knows Node built-ins with and without the node: prefix, and build-only packages', () => {
    expect(['node:fs/promises', 'path', 'yaml', 'sharp', 'astro:content'].filter(isNodeOnlySpecifier)).toHaveLength(5);
    expect(['d3', 'maplibre-gl', 'maplibre-gl/dist/maplibre-gl-worker.mjs?url', 'scrollama'].some(isNodeOnlySpecifier)).toBe(false);
  });

  test('refuses an import() it cannot follow', () => {
    expect(runtimeSpecifiers("const name = 'x'; import(name); import('./y');")).toEqual([null, './y']);
  });
});
