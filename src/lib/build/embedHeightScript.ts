/**
 * The embed pages' inline height script, bundled once per build from
 * src/scripts/reuse/reportHeightEntry.ts into a small classic script. Inline, it needs no fetch:
 * it runs even in a sandboxed frame whose origin cannot load the site's modules. Its hash goes
 * into each embed page's Content Security Policy.
 */
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';
import { sha256 } from './cspHash';

let cached: string | undefined;

export function embedHeightScript(): string {
  cached ??= buildSync({
    // Builds run from the project root; import.meta.url would point into the build output.
    entryPoints: [resolve('src/scripts/reuse/reportHeightEntry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2019',
    legalComments: 'none',
  })
    .outputFiles[0].text.trim();
  return cached;
}

export const embedHeightScriptHash = (): `sha256-${string}` => sha256(embedHeightScript());
