import { describe, expect, test } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { fixAntimeridian } from '../../../src/lib/geo/antimeridian';
import { basemapFeatures } from '../../../src/lib/geo/basemap';

const span = (ring: number[][]) => Math.max(...ring.map((p) => p[0])) - Math.min(...ring.map((p) => p[0]));

describe('antimeridian fix', () => {
  test('a ring crossing 180° becomes contiguous', () => {
    const chukotka: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[170, 65], [180, 66], [-175, 66], [-172, 64], [170, 65]]]] };
    const fixed = fixAntimeridian(chukotka);
    expect(span(fixed.coordinates[0][0])).toBeLessThan(180);
    expect(fixed.coordinates[0][0][2]).toEqual([185, 66]);
  });

  test('rings that do not cross are left alone', () => {
    const belarus: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[23, 52], [32, 52], [32, 56], [23, 52]]]] };
    expect(fixAntimeridian(belarus)).toEqual(belarus);
  });

  test("no ring of the map's Russia spans the whole world (which would draw a band across Europe)", () => {
    const russia = basemapFeatures('110m').features.find((f) => f.properties.iso === '643');
    expect(russia).toBeDefined();
    for (const polygon of (russia!.geometry as MultiPolygon).coordinates) expect(span(polygon[0])).toBeLessThan(180);
  });
});
