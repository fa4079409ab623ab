/**
 * The interactive map's base data (/map-data/basemap.json): country shapes tagged with their role
 * in the story, occupied areas from their outlines in content, and the shared borders content
 * draws as places (the Suwałki gap).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Place } from '../content/schemas';
import { basemapFeatures, sharedBorder } from '../geo/basemap';
import { outlinePolygon } from '../geo/outline';
import { countryRole } from './mapView';

export function basemapData(places: Map<string, Place>): FeatureCollection {
  const all = [...places];
  const byIso = new Map(all.filter(([, p]) => p.isoNumeric).map(([, p]) => [p.isoNumeric!, p]));
  const countries = basemapFeatures().features.map((f): Feature => {
    const place = byIso.get(f.properties.iso);
    return { ...f, properties: { iso: f.properties.iso, role: place ? countryRole(place) : 'other', flank: Boolean(place?.easternFlank) } };
  });
  const occupied = all.flatMap(([id, p]): Feature[] =>
    p.occupied && p.outline ? [{ type: 'Feature', properties: { occupied: id }, geometry: outlinePolygon(p.outline, 'rfc7946') }] : [],
  );
  const round = (v: number) => Number(v.toFixed(3));
  const borders = all.flatMap(([id, p]): Feature[] => {
    const [a, b] = (p.borderOf ?? []).map((other) => places.get(other)?.isoNumeric);
    if (!a || !b) return [];
    const line = sharedBorder(a, b);
    return [{ type: 'Feature', properties: { place: id }, geometry: { ...line, coordinates: line.coordinates.map((l) => l.map((pt) => pt.map(round))) } }];
  });
  return { type: 'FeatureCollection', features: [...countries, ...occupied, ...borders] };
}
