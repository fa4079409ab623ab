import { describe, expect, test } from 'vitest';
import { byPriority, dotBox, placeBoxes } from '../../../src/lib/map/labelLayout';
import { dotsOf, mapLabels, type MapLabel } from '../../../src/lib/map/mapLabels';
import type { MapView } from '../../../src/lib/map/mapView';

const frame = { width: 100, height: 100 };
const box = (x: number, y: number, width = 20, height = 10) => ({ x, y, width, height });
const only = (...boxes: ReturnType<typeof box>[]) => ({ boxes });

describe('label layout', () => {
  test('a label that would overlap a more important one is left off', () => {
    expect(placeBoxes([only(box(10, 10)), only(box(15, 12)), only(box(60, 60))], frame)).toEqual([0, undefined, 0]);
  });

  test('a label that would leave the map moves to the other side of its point, if that side is free', () => {
    expect(placeBoxes([only(box(90, 10), box(60, 10))], frame)).toEqual([1]);
  });

  test("a label never covers another place's dot: it moves to its other side, or is left off", () => {
    const dots = [
      { id: 'a', box: dotBox(5, 15, 6) },
      { id: 'b', box: dotBox(40, 15, 6) },
      { id: 'c', box: dotBox(70, 50, 6) },
    ];
    // a's label beside it runs over b's dot; its other side leaves the map.
    expect(placeBoxes([{ id: 'a', boxes: [box(13, 10, 40), box(-43, 10, 40)] }], frame, dots)).toEqual([undefined]);
    // b's label over c's dot moves to b's left; a label may touch its own dot.
    expect(placeBoxes([{ id: 'b', boxes: [box(48, 45, 30), box(10, 45, 30)] }], frame, dots)).toEqual([1]);
    expect(placeBoxes([{ id: 'c', boxes: [box(64, 45, 20)] }], frame, dots)).toEqual([0]);
  });

  test('a crowded-out label that is hidden leaves room for the one it would have covered', () => {
    // Chapter 2 on a phone: Kapustin Yar, at the right edge, can only sit left of its dot, over Dnipro's.
    const dots = [
      { id: 'kapustin-yar', box: dotBox(95, 40, 6) },
      { id: 'dnipro-strike', box: dotBox(60, 42, 6) },
    ];
    const labels = [
      { id: 'kapustin-yar', boxes: [box(103, 35, 60), box(27, 35, 60)] },
      { id: 'dnipro-strike', boxes: [box(68, 37, 18), box(34, 37, 18)] },
    ];
    expect(placeBoxes(labels, frame, dots)).toEqual([undefined, 0]);
  });
});

describe('label priority', () => {
  const label = (id: string, kind: MapLabel['kind'], highlighted: boolean): MapLabel => ({
    id,
    highlighted,
    kind,
    text: id,
    at: [0, 0],
    anchor: 'left',
    offset: [0, 0],
  });

  test("the chapter's own places come before context, points before country names, ties in the order given", () => {
    const labels = [
      label('ring', 'ring', false),
      label('context-distance', 'distance', false),
      label('ukraine', 'country', true),
      label('kyiv', 'point', true),
      label('poland', 'country', true),
      label('warsaw', 'point', true),
      label('site', 'site', true),
    ];
    expect([...labels].sort(byPriority).map((l) => l.id)).toEqual(['site', 'kyiv', 'warsaw', 'ukraine', 'poland', 'ring', 'context-distance']);
  });

  test('labels know their place and whether the chapter highlights it; dots are the places drawn as dots', () => {
    const view: MapView = {
      bounds: [[24, 50], [40, 57]],
      highlight: ['site', 'minsk'],
      names: [],
      tinted: [],
      flank: [],
      countries: [],
      points: [
        { id: 'site', name: 'Site', kind: 'site', at: [31, 53.5], uncertaintyKm: 30 },
        { id: 'minsk', name: 'Minsk', kind: 'capital', at: [27.6, 53.9] },
      ],
      borders: [],
      rings: [],
      paths: [],
      distances: [{ id: 'vilnius', name: 'Vilnius', from: [31, 53.5], at: [25.3, 54.7], computedKm: 400, reported: [] }],
      unlocated: [],
      occupied: [],
    };
    expect(mapLabels(view).map(({ id, highlighted }) => [id, highlighted])).toEqual([
      ['site', true],
      ['minsk', true],
      // A distance the chapter asks for is its own, highlighted or not.
      ['vilnius', true],
    ]);
    expect(dotsOf(view).map((d) => d.id)).toEqual(['minsk', 'vilnius']);
  });
});
