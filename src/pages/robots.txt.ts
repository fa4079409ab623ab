import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/publishing/robots';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL('sitemap-index.xml', site).href), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
