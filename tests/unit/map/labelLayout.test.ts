import { describe, expect, test } from 'vitest';
import { placeBoxes } from '../../../src/lib/map/labelLayout';

const frame = { width: 100, height: 100 };
const box = (x: number, y: number, width = 20, height = 10) => ({ x, y, width, height });

describe('label layout', () => {
  test('a label that would overlap a more important one is left off', () => {
    expect(placeBoxes([[box(10, 10)], [box(15, 12)], [box(60, 60)]], frame)).toEqual([0, undefined, 0]);
  });

  test('a label that would leave the map moves to the other side of its point, if that side is free', () => {
    expect(placeBoxes([[box(90, 10), box(60, 10)]], frame)).toEqual([1]);
  });
});
