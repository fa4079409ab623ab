import { expect, test } from 'vitest';
import { clipLine } from '../../../src/lib/geo/clipLine';
import type { Bounds } from '../../../src/lib/geo/bounds';

const box: Bounds = [[0, 0], [10, 10]];

test('a line inside the box is kept whole', () => {
  expect(clipLine([[1, 1], [5, 5], [9, 2]], box)).toEqual([[[1, 1], [5, 5], [9, 2]]]);
});

test('a line leaving and re-entering the box becomes two runs, cut at the edges', () => {
  const runs = clipLine([[5, 5], [15, 5], [15, 8], [5, 8]], box);
  expect(runs).toEqual([
    [[5, 5], [10, 5]],
    [[10, 8], [5, 8]],
  ]);
});

test('a line wholly outside the box leaves nothing', () => {
  expect(clipLine([[-5, -5], [-1, 20]], box)).toEqual([]);
});
