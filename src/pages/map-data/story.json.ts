/** Every step's map view, fetched by the story page's script with the live map (main.ts). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/build/loadContent';
import { buildStoryData, storyDataForBrowser } from '../../lib/story/buildStoryData';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(storyDataForBrowser(buildStoryData(await loadContent()))), { headers: { 'content-type': 'application/json' } });
