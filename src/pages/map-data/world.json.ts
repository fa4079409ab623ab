/** The coarse world around the region, for wide views on the interactive map (no tile server). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/build/loadContent';
import { worldData } from '../../lib/map/basemapData';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  return new Response(JSON.stringify(worldData(places)), { headers: { 'content-type': 'application/json' } });
};
