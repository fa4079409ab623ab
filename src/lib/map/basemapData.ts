/**
 * The interactive map's base data, loaded with it and never with the first view:
 * /map-data/basemap.json, country shapes at 1:50m where views come close (FINE_REGION) tagged with
 * their role in the story, occupied areas from their outlines in content, and the shared borders
 * content draws as places (the Suwałki gap); /map-data/world.json, the rest of the world at 1:110m.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { Place } from '../content/schemas';
import { basemapFeatures, borderLines, sharedBorder, type BasemapProperties } from '../geo/basemap';
import { aroundRegion, FINE_REGION } from '../geo/regions';
import { outlinePolygon } from '../geo/outline';
import { countryRole } from './mapView';

/** Country shapes tagged with their role in the story (content/places), for the fills. */
function withRoles(places: Map<string, Place>, shapes: FeatureCollection<Geometry, BasemapProperties>): Feature[] {
  const byIso = new Map([...places.values()].filter((p) => p.isoNumeric).map((p) => [p.isoNumeric!, p]));
  return shapes.features.map((f): Feature => {
    const place = byIso.get(f.properties.iso);
    return { ...f, properties: { iso: f.properties.iso, role: place ? countryRole(place) : 'other', flank: Boolean(place?.easternFlank) } };
  });
}

/**
 * Borders are drawn as lines between countries, not as the shapes' outlines: an outline would
 * also trace the straight edges where the shapes are clipped (the region's edge, where the coarse
 * world takes over).
 */
const edges = (line: MultiLineString): Feature => ({ type: 'Feature', properties: { edge: true }, geometry: line });

export function basemapData(places: Map<string, Place>): FeatureCollection {
  const all = [...places];
  const countries = withRoles(places, basemapFeatures('50m', 2, FINE_REGION));
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
  return { type: 'FeatureCollection', features: [...countries, edges(borderLines('50m', FINE_REGION, 2)), ...occupied, ...borders] };
}

/**
 * The rest of the world at Natural Earth's coarser scale (/map-data/world.json), around the
 * finer basemap only: a wide view (on a phone, the fitted view sits above the card) reaches past
 * it, where the screen would otherwise be blank. Rounded to ~10 km: only ever seen small.
 */
export function worldData(places: Map<string, Place>): FeatureCollection {
  const boxes = aroundRegion();
  const countries = boxes.flatMap((box) => withRoles(places, basemapFeatures('110m', 1, box)));
  const lines = boxes.flatMap((box) => borderLines('110m', box, 1).coordinates);
  return { type: 'FeatureCollection', features: [...countries, edges({ type: 'MultiLineString', coordinates: lines })] };
}
