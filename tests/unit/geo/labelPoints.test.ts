import { describe, expect, test } from 'vitest';
import { inPolygon, interiorPoints } from '../../../src/lib/geo/labelPoints';
import { countryAt, countryLabelPoints, countryNamesIn } from '../../../src/lib/geo/basemap';
import { sidesInside } from '../../../src/lib/map/mapView';
import type { Bounds } from '../../../src/lib/geo/bounds';

const square = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]];
// An L shape: its bounding box's middle (5, 5) lies outside it.
const ell = [[[0, 0], [10, 0], [10, 3], [3, 3], [3, 10], [0, 10], [0, 0]]];

describe("where a country's name goes", () => {
  test('the first point is deep inside, never outside a shape whose middle is not in it', () => {
    expect(interiorPoints(square)[0].map(Math.round)).toEqual([5, 5]);
    const points = interiorPoints(ell);
    expect(points.length).toBeGreaterThan(1);
    for (const p of points) expect(inPolygon(p, ell)).toBe(true);
  });

  test('Russia and Ukraine are named inside themselves within a view of the Lviv strike', () => {
    const view: Bounds = [[14, 44], [47, 56]];
    for (const iso of ['643', '804']) {
      const points = countryLabelPoints(iso, view);
      expect(points.length).toBeGreaterThan(0);
      for (const p of points) expect(countryAt(p)).toBe(iso);
    }
  });

  test("a view names the countries it shows enough of, and any holding the chapter's places", () => {
    const view: Bounds = [[22.6, 51.1], [38.9, 56.3]];
    const names = countryNamesIn(view, [[31.9, 53.7]]);
    expect(names.find((c) => c.iso === '112')).toMatchObject({ name: 'Belarus', holds: true });
    expect(names.find((c) => c.iso === '643')).toMatchObject({ holds: false });
    // Estonia is not in this view at all.
    expect(names.some((c) => c.iso === '233')).toBe(false);
  });

  test("a place near a border is labelled on the side that keeps its label over its own country", () => {
    // Kapustin Yar (Russia) with Kazakhstan just east of it: its name does not run east.
    const sides = sidesInside([45.72, 48.59], [[12.8, 43.9], [47.5, 56.6]], countryAt);
    expect(sides.indexOf('right')).toBeGreaterThan(sides.indexOf('above'));
    expect(sides).toHaveLength(4);
    // In a view of all Europe any label crosses borders: the usual order stays.
    expect(sidesInside([45.72, 48.59], [[-28, 14], [49, 62]], countryAt)).toEqual(['right', 'left', 'below', 'above']);
  });
});
