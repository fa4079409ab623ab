/** Geographic boxes: what a view must contain, as [[west, south], [east, north]] in degrees. */
import { destination, type LonLat } from './greatCircle';

export type Bounds = [[number, number], [number, number]];

export function unionBounds(boxes: readonly Bounds[]): Bounds {
  if (boxes.length === 0) throw new Error('unionBounds needs at least one box');
  return [
    [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
    [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
  ];
}

/** A point with room around it: an uncertainty area, or a margin so a pin is not on the edge. */
export function pointBounds(point: LonLat, radiusKm: number): Bounds {
  const [north, east, south, west] = [0, 90, 180, 270].map((bearing) => destination(point, bearing, radiusKm));
  return [
    [west[0], south[1]],
    [east[0], north[1]],
  ];
}

/** Grows a box by a share of its size on every side (labels and markers need room at the edges). */
export function padBounds([[w, s], [e, n]]: Bounds, share: number): Bounds {
  const dx = (e - w) * share;
  const dy = (n - s) * share;
  return [
    [w - dx, s - dy],
    [e + dx, n + dy],
  ];
}

export function roundBounds([[w, s], [e, n]]: Bounds): Bounds {
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return [
    [r(w), r(s)],
    [r(e), r(n)],
  ];
}

export const containsPoint = ([[w, s], [e, n]]: Bounds, [lon, lat]: LonLat): boolean =>
  lon >= w && lon <= e && lat >= s && lat <= n;
