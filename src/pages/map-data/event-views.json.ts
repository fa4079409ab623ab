/** Map views of the timeline events that have places, fetched by the story when first needed. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/build/loadContent';
import { eventViews } from '../../lib/story/buildStoryData';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(eventViews(await loadContent())), { headers: { 'content-type': 'application/json' } });
