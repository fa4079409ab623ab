import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/publishing/robots';
import { addressOf } from '../lib/publishing/siteAddress';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(addressOf('/sitemap-index.xml', site!).href), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
