import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/build/loadContent';
import { site } from '../../lib/content/site';
import { dataMeta, placesGeojson } from '../../lib/data/dataExports';

export const GET: APIRoute = async ({ site: siteUrl }) =>
  new Response(JSON.stringify(placesGeojson(await loadContent(), dataMeta(site, siteUrl)), null, 1), {
    headers: { 'content-type': 'application/geo+json; charset=utf-8' },
  });
