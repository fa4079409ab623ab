/**
 * A browser module bundled at build time into one classic, minified script: for code that must
 * run where module scripts cannot (inline in sandboxed frames) or on other sites' pages (host.js).
 */
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';

export function bundleClassicScript(entry: string): string {
  return buildSync({
    // Builds run from the project root; import.meta.url would point into the build output.
    entryPoints: [resolve(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2019',
    legalComments: 'none',
  }).outputFiles[0].text.trim();
}
