import { describe, expect, test } from 'vitest';
import { placeInRows, spreadAlong, type RowPlacement } from '../../../src/lib/time/labelPlacement';

/** Does a label's text or its leader (which runs from its row down to row 0) touch another label's text? */
function collide(a: RowPlacement, b: RowPlacement): boolean {
  if (a.row === b.row) return a.x0 < b.x1 && b.x0 < a.x1;
  const [outer, inner] = a.row > b.row ? [a, b] : [b, a];
  return outer.at > inner.x0 && outer.at < inner.x1;
}

describe('labels in rows (time across)', () => {
  const options = { min: 0, max: 1000 };

  test('labels far apart all stay in the row next to the marks, text to the right of the leader', () => {
    const placed = placeInRows([{ id: 'a', at: 100, width: 80 }, { id: 'b', at: 400, width: 80 }, { id: 'c', at: 700, width: 80 }], options);
    expect(placed.map((p) => [p.id, p.row, p.anchor])).toEqual([['a', 0, 'start'], ['b', 0, 'start'], ['c', 0, 'start']]);
  });

  test('a burst of close dates is stacked so no text covers another label or its leader', () => {
    const items = [396, 405, 414, 424, 433].map((at, i) => ({ id: `d${i}`, at, width: 120 }));
    const placed = placeInRows(items, options);
    expect(placed).toHaveLength(items.length);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(collide(a, b), `${a.id} / ${b.id}`).toBe(false);
    expect(new Set(placed.map((p) => p.row)).size).toBeGreaterThan(1);
  });

  test('a label near the right edge turns its text to the left of its leader and stays inside', () => {
    const [p] = placeInRows([{ id: 'late', at: 980, width: 100 }], options);
    expect(p.anchor).toBe('end');
    expect(p.x1).toBeLessThanOrEqual(1000);
    expect(p.x0).toBeGreaterThanOrEqual(0);
  });

  test('two labels on the same date cannot both be drawn: it says which one has no room', () => {
    expect(() => placeInRows([{ id: 'x', at: 500, width: 50 }, { id: 'y', at: 500, width: 50 }], options)).toThrow(/no room .* "[xy]"/);
  });
});

describe('labels along a column (time down)', () => {
  test('a label with room is centred on its mark', () => {
    expect(spreadAlong([{ id: 'a', at: 100, size: 20 }], { start: 0, end: 500 })).toEqual([{ id: 'a', at: 100, top: 90 }]);
  });

  test('crowded labels keep their order in time, do not overlap and stay inside the column', () => {
    const items = [300, 302, 305, 309, 312].map((at, i) => ({ id: `d${i}`, at, size: 26 }));
    const placed = spreadAlong(items, { start: 0, end: 360, gap: 4 });
    expect(placed.map((p) => p.id)).toEqual(items.map((i) => i.id));
    for (const [i, p] of placed.entries()) {
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(p.top + 26).toBeLessThanOrEqual(360);
      if (i > 0) expect(p.top).toBeGreaterThanOrEqual(placed[i - 1].top + 26 + 4);
    }
  });

  test('labels go around spans already taken', () => {
    const taken = [{ from: 95, to: 120 }];
    const [p] = spreadAlong([{ id: 'a', at: 100, size: 20 }], { start: 0, end: 500, taken, gap: 4 });
    expect(p.top >= 124 || p.top + 20 <= 91).toBe(true);
  });

  test('more labels than the column can hold is an error naming a label', () => {
    const items = [10, 20, 30].map((at, i) => ({ id: `d${i}`, at, size: 30 }));
    expect(() => spreadAlong(items, { start: 0, end: 60 })).toThrow(/no room .* "d\d"/);
  });
});

test('a burst at the right edge stacks with text to the left of the leaders', () => {
  const items = [930, 940, 950].map((at, i) => ({ id: `e${i}`, at, width: 200 }));
  const placed = placeInRows(items, { min: 0, max: 1000 });
  expect(placed.every((p) => p.anchor === 'end' && p.x0 >= 0 && p.x1 <= 1000)).toBe(true);
  for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(collide(a, b), `${a.id} / ${b.id}`).toBe(false);
});
