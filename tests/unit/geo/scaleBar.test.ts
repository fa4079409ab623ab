import { describe, expect, test } from 'vitest';
import { mercatorUnitsPerKm, roundDown, scaleBar } from '../../../src/lib/geo/scaleBar';

describe('scale bar', () => {
  test('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect([0.9, 1, 1.9, 2, 4.99, 5, 9.9, 10, 37, 199, 250, 999, 1000].map(roundDown)).toEqual([0.5, 1, 1, 2, 2, 5, 5, 10, 20, 100, 200, 500, 1000]);
    expect(() => roundDown(0)).toThrow();
  });

  test('is the longest round distance that fits, with its length and label', () => {
    // 0.37 units per km, at most 110 units: 297 km fit, so 200 km, 74 units long.
    expect(scaleBar(0.37, 110)).toEqual({ km: 200, length: 74, label: '200 km' });
    expect(scaleBar(0.05, 110).label).toBe('2,000 km');
  });

  test('on Mercator a kilometre takes more room further north', () => {
    const scale = 1000 / (2 * Math.PI);
    // At the equator the whole 40,030 km circumference spans the 1000 units.
    expect(mercatorUnitsPerKm(scale, 0) * 40030).toBeCloseTo(1000, 0);
    expect(mercatorUnitsPerKm(scale, 60)).toBeCloseTo(2 * mercatorUnitsPerKm(scale, 0), 6);
  });
});
