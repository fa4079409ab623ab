import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/build/loadContent';
import { site } from '../../lib/content/site';
import { lastUpdated } from '../../lib/corrections/lastUpdated';
import { dataPackage } from '../../lib/data/dataPackage';

export const GET: APIRoute = async ({ site: siteUrl }) =>
  new Response(JSON.stringify(dataPackage(site, siteUrl!, lastUpdated((await loadContent()).corrections, site.asOf)), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
