/**
 * The interactive map's base data, served by the site itself (no tile server): Natural Earth
 * countries tagged with their role in the story, and the shared borders content draws as places.
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/loadContent';
import { basemapFeatures, sharedBorder } from '../../lib/geo/basemap';
import { countryRole } from '../../lib/map/mapView';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const byIso = new Map(content.places.filter((p) => p.data.isoNumeric).map((p) => [p.data.isoNumeric!, p]));
  const countries = basemapFeatures().features.map((f) => {
    const place = byIso.get(f.properties.iso);
    return {
      ...f,
      properties: { iso: f.properties.iso, role: place ? countryRole(place.id, place.data) : 'other', flank: Boolean(place?.data.easternFlank) },
    };
  });
  const round = (v: number) => Number(v.toFixed(3));
  const borders = content.places.flatMap((p) => {
    const [a, b] = (p.data.borderOf ?? []).map((id) => content.places.find((q) => q.id === id)?.data.isoNumeric);
    if (!a || !b) return [];
    const line = sharedBorder(a, b);
    return [{ type: 'Feature', properties: { place: p.id }, geometry: { ...line, coordinates: line.coordinates.map((l) => l.map((pt) => pt.map(round))) } }];
  });
  return new Response(JSON.stringify({ type: 'FeatureCollection', features: [...countries, ...borders] }), {
    headers: { 'content-type': 'application/json' },
  });
};
