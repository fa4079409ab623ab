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
  test('on wide screens the view avoids the text column on the left', () => {
    const p = fitPadding(1280, 900);
    expect(p.left).toBeGreaterThanOrEqual(30 * 16);
    expect(p.right).toBeLessThan(100);
    expect(1280 - p.left - p.right).toBeGreaterThan(400);
  });

  test('the legend in the bottom-right corner never covers the focus area', () => {
    const legend = { width: 330, height: 200 };
    const p = fitPadding(1280, 900, 16, legend);
    const focus = { right: 1280 - p.right, bottom: 900 - p.bottom };
    const legendBox = { left: 1280 - legend.width, top: 900 - legend.height };
    expect(focus.right <= legendBox.left || focus.bottom <= legendBox.top).toBe(true);
    // A tall, narrow legend goes beside the view rather than above it.
    const tall = fitPadding(1280, 900, 16, { width: 120, height: 700 });
    expect(1280 - tall.right).toBeLessThanOrEqual(1280 - 120);
    expect(900 - tall.bottom).toBeGreaterThan(700);
    // On phones the legend may be taller than the space kept for the text card.
    expect(900 - fitPadding(390, 900, 16, { width: 360, height: 500 }).bottom).toBeLessThanOrEqual(400);
  });

  test('on phones the view sits above the card of the chapter just reached, and keeps the full width', () => {
    for (const [width, height] of [[390, 844], [320, 568]]) {
      const p = fitPadding(width, height);
      // The card's top once a chapter is reached: scroll-padding-top (3.5rem) plus the chapter's 35vh padding.
      expect(height - p.bottom).toBeLessThanOrEqual(3.5 * 16 + 0.35 * height);
      expect(p.left).toBeLessThan(40);
      expect(height - p.top - p.bottom).toBeGreaterThan(height * 0.3);
    }
  });
});
