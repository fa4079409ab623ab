import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/build/loadContent';
import { site } from '../../lib/content/site';
import { dataMeta, sourcesJson } from '../../lib/data/dataExports';

export const GET: APIRoute = async ({ site: siteUrl }) =>
  new Response(JSON.stringify(sourcesJson(await loadContent(), dataMeta(site, siteUrl)), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
