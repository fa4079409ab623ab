/**
 * Where a country's name can go: points well inside its shape, deepest first. A name placed at a
 * shape's middle can fall outside it (a crescent, a country cut by the view's edge) or under the
 * chapter's own places; a few spread-out candidates let the label layout choose one that is free.
 */
import type { Position } from 'geojson';
import type { LonLat } from './greatCircle';

/** Ray casting on one ring (planar in degrees: fine at the size of a country). */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function inPolygon(p: Position, [outer, ...holes]: Position[][]): boolean {
  return inRing(p, outer) && !holes.some((h) => inRing(p, h));
}

/** Distance from a point to a segment, east–west shrunk by the cosine of the latitude (degrees of latitude). */
function segmentDistance([px, py]: Position, [ax, ay]: Position, [bx, by]: Position, k: number): number {
  const [dx, dy] = [(bx - ax) * k, by - ay];
  const [qx, qy] = [(px - ax) * k, py - ay];
  const t = dx || dy ? Math.max(0, Math.min(1, (qx * dx + qy * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(qx - t * dx, qy - t * dy);
}

function depth(p: Position, rings: Position[][]): number {
  const k = Math.cos((p[1] * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistance(p, ring[i - 1], ring[i], k));
  return best;
}

/**
 * Up to `count` points inside the polygon, deepest first (the first is a good single label
 * point), each at least a third of the polygon's smaller extent from the ones before it.
 */
export function interiorPoints(polygon: Position[][], count = 3, grid = 16): LonLat[] {
  const outer = polygon[0];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scored: { at: LonLat; depth: number }[] = [];
  for (let i = 0; i < grid; i++) {
    for (let j = 0; j < grid; j++) {
      const at: LonLat = [w + ((i + 0.5) * (e - w)) / grid, s + ((j + 0.5) * (n - s)) / grid];
      if (inPolygon(at, polygon)) scored.push({ at, depth: depth(at, polygon) });
    }
  }
  scored.sort((a, b) => b.depth - a.depth);
  const spacing = Math.min((e - w) * Math.cos((((s + n) / 2) * Math.PI) / 180), n - s) / 3;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const chosen: LonLat[] = [];
  for (const { at } of scored) {
    if (chosen.length >= count) break;
    if (chosen.every((c) => Math.hypot((c[0] - at[0]) * k, c[1] - at[1]) >= spacing)) chosen.push([round(at[0]), round(at[1])]);
  }
  return chosen;
}

/** Area of a ring in square degrees (shoelace), east–west shrunk by the cosine of its latitude. */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  const lat = ring.reduce((t, p) => t + p[1], 0) / ring.length;
  return (Math.abs(sum) / 2) * Math.cos((lat * Math.PI) / 180);
}

/** To ~1 km: plenty for where a name goes, and light in the page's data. */
const round = (n: number) => Math.round(n * 100) / 100;
