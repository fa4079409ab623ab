/** Areas whose shape content gives as an outline (an occupied territory), as GeoJSON polygons. */
import type { Polygon, Position } from 'geojson';

/**
 * A closed ring as a polygon, wound as the reader of it expects. GeoJSON files (RFC 7946) wind
 * outer rings anticlockwise; d3-geo reads a ring's winding as which side is inside, so it needs
 * them clockwise or it fills the rest of the globe.
 */
export function outlinePolygon(ring: readonly Position[], convention: 'rfc7946' | 'd3'): Polygon {
  const anticlockwise = planarArea(ring) > 0;
  const wanted = convention === 'rfc7946';
  return { type: 'Polygon', coordinates: [anticlockwise === wanted ? [...ring] : [...ring].reverse()] };
}

/** Twice the signed area in degrees (shoelace): positive when the ring runs anticlockwise. */
function planarArea(ring: readonly Position[]): number {
  return ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length];
    return sum + x * ny - nx * y;
  }, 0);
}
