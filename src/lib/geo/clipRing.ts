/**
 * Sutherland–Hodgman clipping of a polygon ring to a longitude/latitude box, so the map's data
 * holds only the region it can show. Edges along the box are harmless: the map never pans past it.
 */
import type { Position } from 'geojson';
import type { Bounds } from './bounds';

type Inside = (p: Position) => boolean;
type Cross = (a: Position, b: Position) => Position;

function clipEdge(ring: Position[], inside: Inside, cross: Cross): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i];
    const previous = ring[(i + ring.length - 1) % ring.length];
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) out.push(cross(previous, current));
  }
  return out;
}

const atLon = (lon: number): Cross => (a, b) => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
const atLat = (lat: number): Cross => (a, b) => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];

/** The clipped ring, closed, or undefined when nothing of it is inside the box. */
export function clipRing(ring: Position[], [[w, s], [e, n]]: Bounds): Position[] | undefined {
  let open = ring.slice(0, -1);
  open = clipEdge(open, (p) => p[0] >= w, atLon(w));
  open = clipEdge(open, (p) => p[0] <= e, atLon(e));
  open = clipEdge(open, (p) => p[1] >= s, atLat(s));
  open = clipEdge(open, (p) => p[1] <= n, atLat(n));
  return open.length >= 3 ? [...open, open[0]] : undefined;
}
