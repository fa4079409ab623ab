import { describe, expect, test } from 'vitest';
import { FRAME, staticOverlay } from '../../../src/lib/map/staticMap';
import type { MapView, ViewPoint } from '../../../src/lib/map/mapView';

const view = (points: ViewPoint[]): MapView => ({
  bounds: [[24, 50], [40, 57]],
  highlight: points.map((p) => p.id),
  names: [],
  tinted: [],
  flank: [],
  countries: [],
  points,
  borders: [],
  rings: [],
  distances: [],
  paths: [],
  unlocated: [],
  occupied: [],
});
const point = (id: string, name: string, at: [number, number]): ViewPoint => ({ id, name, kind: 'city', at });

describe('static map labels', () => {
  test('a short label sits beside its point, moved off it in its coordinates', () => {
    const [label] = staticOverlay(view([point('a', 'Orsha', [31, 53.5])])).labels;
    expect(label.side).toBe('left');
    expect(label.text).toBe('Orsha');
    expect(label.x).toBeGreaterThan(FRAME.width / 2 - 40);
  });

  test('a label too long for either side of its point is centred under it instead of dropped', () => {
    const long = 'A reported site with a very long descriptive name';
    const { labels, points, transform } = staticOverlay(view([point('a', long, [32, 53.5])]));
    expect(labels.map((l) => l.text)).toEqual([long]);
    expect(labels[0].side).toBe('below');
    // Centred under its dot: the dot's frame position is derived from the overlay transform.
    const [k, tx, ty] = /scale\(([-\d.]+)\) translate\(([-\d.]+) ([-\d.]+)\)/.exec(transform)!.slice(1).map(Number);
    const dot = { x: (points[0].x + tx) * k, y: (points[0].y + ty) * k };
    expect(Math.abs(labels[0].x - dot.x)).toBeLessThan(1.5);
    expect(labels[0].y).toBeGreaterThan(dot.y);
  });

  test("no label covers another place's dot", () => {
    // Two places side by side: the first one's label may not run over the second's dot.
    const { labels } = staticOverlay(view([point('a', 'A place with a longer name', [30, 53.5]), point('b', 'B', [31.5, 53.5])]));
    const a = labels.find((l) => l.text.startsWith('A place'));
    expect(a).toBeDefined();
    expect(a!.side).not.toBe('left');
  });
});
