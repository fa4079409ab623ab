import { describe, expect, test } from 'vitest';
import { bearing, circleLine, destination, farthestKm, greatCircleKm, greatCircleLine } from '../../../src/lib/geo/greatCircle';

describe('great-circle distances', () => {
  test('one degree of latitude is about 111 km', () => {
    expect(greatCircleKm([0, 0], [0, 1])).toBeCloseTo(111.2, 0);
  });

  test('a quarter of the equator is a quarter of the circumference', () => {
    expect(greatCircleKm([0, 0], [90, 0])).toBeCloseTo((2 * Math.PI * 6371.0088) / 4, 0);
  });

  test('London to Paris is about 344 km (published great-circle figure)', () => {
    expect(greatCircleKm([-0.1278, 51.5074], [2.3522, 48.8566])).toBeGreaterThan(340);
    expect(greatCircleKm([-0.1278, 51.5074], [2.3522, 48.8566])).toBeLessThan(347);
  });

  test('travelling a distance and measuring it back gives the same distance', () => {
    const start: [number, number] = [31.9, 53.7];
    for (const bearing of [0, 77, 180, 269]) expect(greatCircleKm(start, destination(start, bearing, 500))).toBeCloseTo(500, 6);
  });
});

describe('farthest point of a box', () => {
  test('from the centre of a box on the equator, it is a corner', () => {
    expect(farthestKm([0, 0], [[-10, -10], [10, 10]])).toBeCloseTo(greatCircleKm([0, 0], [10, 10]), 3);
  });

  test('from a point near one edge, it is on the opposite side, and every box point is no farther', () => {
    const from: [number, number] = [31.9, 53.7];
    const box: [[number, number], [number, number]] = [[-10, 35], [40, 70]];
    const far = farthestKm(from, box);
    expect(far).toBeGreaterThan(greatCircleKm(from, [-10, 53.7]));
    for (let lon = -10; lon <= 40; lon += 5) for (let lat = 35; lat <= 70; lat += 5) expect(greatCircleKm(from, [lon, lat])).toBeLessThanOrEqual(far + 0.01);
  });
});

describe('range rings', () => {
  test('every point of a ring lies at its radius', () => {
    const centre: [number, number] = [31.9, 53.7];
    const ring = circleLine(centre, 500, 36);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const p of ring) expect(greatCircleKm(centre, p)).toBeCloseTo(500, 0);
  });

  test('a ring that encloses the pole never jumps across the map', () => {
    const ring = circleLine([31.9, 53.7], 5500, 180);
    for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i][0] - ring[i - 1][0])).toBeLessThan(30);
    expect(Math.max(...ring.map((p) => p[1]))).toBeLessThanOrEqual(85);
  });
});

describe('flight paths', () => {
  test('bearing: due east along the equator, due north along a meridian', () => {
    expect(bearing([0, 0], [10, 0])).toBeCloseTo(90, 6);
    expect(bearing([20, 10], [20, 40])).toBeCloseTo(0, 6);
    expect(bearing([20, 40], [20, 10])).toBeCloseTo(180, 6);
  });

  test('a great-circle line starts and ends at its places and is no longer than the distance between them', () => {
    const from: [number, number] = [45.72, 48.59];
    const to: [number, number] = [24.03, 49.84];
    const line = greatCircleLine(from, to, 16);
    expect(line).toHaveLength(17);
    expect(line[0]).toEqual([45.72, 48.59]);
    expect(line.at(-1)).toEqual(to);
    const length = line.slice(1).reduce((sum, p, i) => sum + greatCircleKm(line[i], p), 0);
    expect(length).toBeCloseTo(greatCircleKm(from, to), 0);
    // Between two places on about the same latitude the shortest path bows towards the pole.
    expect(Math.max(...line.map((p) => p[1]))).toBeGreaterThan(49.84);
  });
});
