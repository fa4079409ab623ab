/** The corrections log as an Atom feed, linked from every page's head and from /method/. */
import type { APIRoute } from 'astro';
import { loadContent } from '../lib/build/loadContent';
import { site } from '../lib/content/site';
import { correctionsFeed } from '../lib/corrections/correctionsFeed';

export const GET: APIRoute = async ({ site: siteUrl }) =>
  new Response(correctionsFeed({ content: await loadContent(), site, siteUrl: siteUrl! }), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
