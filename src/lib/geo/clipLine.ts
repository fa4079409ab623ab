/**
 * Liang–Barsky clipping of a line to a longitude/latitude box: the parts of a range ring that lie
 * over the drawn map, so a ring far larger than the region does not trail across blank paper.
 */
import type { Bounds } from './bounds';
import type { LonLat } from './greatCircle';

/** The part of segment a→b inside the box, or undefined. */
function clipSegment(a: LonLat, b: LonLat, [[w, s], [e, n]]: Bounds): [LonLat, LonLat] | undefined {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  let [t0, t1] = [0, 1];
  const edges: [number, number][] = [
    [-dx, a[0] - w],
    [dx, e - a[0]],
    [-dy, a[1] - s],
    [dy, n - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return undefined;
  }
  const at = (t: number): LonLat => [a[0] + t * dx, a[1] + t * dy];
  return [at(t0), at(t1)];
}

/** The runs of a line that lie inside the box, each a line of its own. */
export function clipLine(line: readonly LonLat[], box: Bounds): LonLat[][] {
  const runs: LonLat[][] = [];
  let run: LonLat[] = [];
  for (let i = 1; i < line.length; i++) {
    const part = clipSegment(line[i - 1], line[i], box);
    if (!part) {
      if (run.length > 1) runs.push(run);
      run = [];
      continue;
    }
    const last = run[run.length - 1];
    if (!last || last[0] !== part[0][0] || last[1] !== part[0][1]) {
      if (run.length > 1) runs.push(run);
      run = [part[0]];
    }
    run.push(part[1]);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}
