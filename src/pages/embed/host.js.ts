/**
 * /embed/host.js: the script the embed code loads on the host page. Bundled at build from
 * src/scripts/reuse/embedHost.ts into one classic script (a module would need CORS), under a
 * stable URL so embed code pasted years ago keeps working.
 */
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

export const GET: APIRoute = async () => {
  const result = await build({
    // Builds run from the project root; import.meta.url would point into the build output.
    entryPoints: [resolve('src/scripts/reuse/embedHost.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2019',
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0].text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
