/** The interactive map's base data, served by the site itself (no tile server). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/build/loadContent';
import { basemapData } from '../../lib/map/basemapData';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  return new Response(JSON.stringify(basemapData(places)), { headers: { 'content-type': 'application/json' } });
};
