/**
 * Shapes that cross the antimeridian (Russia's Chukotka in Natural Earth) come as rings with
 * longitudes near +180 and −180. Planar renderers such as MapLibre then draw a band across the
 * whole map; shifting the negative longitudes of such rings by +360 keeps each ring contiguous.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export function fixRing(ring: Position[]): Position[] {
  const lons = ring.map((p) => p[0]);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
  return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
}

export function fixAntimeridian<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(fixRing) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map((polygon) => polygon.map(fixRing)) } as G;
}
