/**
 * /embed/host.js: the script the embed code loads on the host page. Bundled at build from
 * src/scripts/reuse/embedHost.ts into one classic script (a module would need CORS), under a
 * stable URL so embed code pasted years ago keeps working.
 */
import type { APIRoute } from 'astro';
import { bundleClassicScript } from '../../lib/build/classicScript';

export const GET: APIRoute = () =>
  new Response(bundleClassicScript('src/scripts/reuse/embedHost.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
