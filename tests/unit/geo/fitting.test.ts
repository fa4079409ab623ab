import { describe, expect, test } from 'vitest';
import { containsPoint, pointBounds, unionBounds } from '../../../src/lib/geo/bounds';
import { countryBounds } from '../../../src/lib/geo/basemap';
import { fitPadding } from '../../../src/lib/geo/fitPadding';
import { greatCircleKm } from '../../../src/lib/geo/greatCircle';
import { clipRing } from '../../../src/lib/geo/clipRing';

describe('bounds', () => {
  test("Belarus's extent from Natural Earth contains Minsk and not Warsaw", () => {
    const belarus = countryBounds('112')!;
    expect(containsPoint(belarus, [27.559, 53.9006])).toBe(true);
    expect(containsPoint(belarus, [21.0122, 52.2297])).toBe(false);
  });

  test("Russia's extent is kept to the story's region instead of spanning the globe", () => {
    const [[w], [e]] = countryBounds('643')!;
    expect(w).toBeGreaterThan(15);
    expect(e).toBeLessThanOrEqual(70);
  });

  test('a point with an uncertainty radius gets a box that reaches that far', () => {
    const box = pointBounds([31.9, 53.7], 15);
    expect(greatCircleKm([31.9, 53.7], [box[1][0], 53.7])).toBeCloseTo(15, 0);
    expect(greatCircleKm([31.9, 53.7], [31.9, box[0][1]])).toBeCloseTo(15, 0);
  });

  test('a union contains every part', () => {
    const union = unionBounds([pointBounds([31.9, 53.7], 15), countryBounds('616')!]);
    expect(containsPoint(union, [31.9, 53.7])).toBe(true);
    expect(containsPoint(union, [21.0122, 52.2297])).toBe(true);
  });

  test('clipping keeps only what lies inside the box', () => {
    const clipped = clipRing([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[5, -1], [20, 5]])!;
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(5);
      expect(y).toBeLessThanOrEqual(5);
    }
    expect(clipRing([[0, 0], [1, 0], [1, 1], [0, 0]], [[5, 5], [6, 6]])).toBeUndefined();
  });
});

describe('fit padding', () => {
  test('the view uses the whole map box but the progress bar over its top', () => {
    for (const [width, height] of [[1280 - 30 * 16, 900], [390, 422], [320, 284]]) {
      const p = fitPadding(width, height);
      expect(p.top).toBeGreaterThanOrEqual(48);
      expect(p.left).toBeLessThan(40);
      expect(p.right).toBeLessThan(40);
      expect(height - p.top - p.bottom).toBeGreaterThan(height * 0.6);
    }
  });

  test('the legend in the bottom-right corner never covers the focus area', () => {
    const legend = { width: 330, height: 200 };
    const p = fitPadding(800, 900, legend);
    const focus = { right: 800 - p.right, bottom: 900 - p.bottom };
    const legendBox = { left: 800 - legend.width, top: 900 - legend.height };
    expect(focus.right <= legendBox.left || focus.bottom <= legendBox.top).toBe(true);
    // A tall, narrow legend goes beside the view rather than above it.
    const tall = fitPadding(800, 900, { width: 120, height: 700 });
    expect(800 - tall.right).toBeLessThanOrEqual(800 - 120);
    expect(900 - tall.bottom).toBeGreaterThan(700);
  });
});
