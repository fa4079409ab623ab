import { describe, expect, test } from 'vitest';
import { applyView, type MapLike } from '../../../src/lib/map/applyView';
import type { MapView } from '../../../src/lib/map/mapView';

/** Records what the map was told, keeping only the latest value per layer or source (as MapLibre does). */
function fakeMap() {
  const state = { filters: {} as Record<string, unknown>, data: {} as Record<string, unknown>, camera: undefined as unknown, calls: 0 };
  const map: MapLike = {
    setFilter: (layer, filter) => ((state.filters[layer] = filter), state.calls++),
    getSource: (id) => ({ setData: (d: unknown) => ((state.data[id] = d), state.calls++) }),
    fitBounds: (bounds, options) => ((state.camera = { bounds, duration: options.duration, padding: options.padding }), state.calls++),
  };
  return { map, state };
}

const view = (over: Partial<MapView>): MapView => ({
  bounds: [[23, 51], [33, 57]],
  highlight: [],
  names: [],
  tinted: [],
  flank: [],
  countries: [],
  points: [],
  borders: [],
  rings: [],
  distances: [],
  paths: [],
  unlocated: [],
  occupied: [],
  ...over,
});
const belarus = view({ countries: [{ id: 'belarus', name: 'Belarus', iso: '112', role: 'host' }], points: [{ id: 'site', name: 'Site', kind: 'site', at: [31.9, 53.7], uncertaintyKm: 15 }] });
const flank = view({
  bounds: [[14, 49], [38, 60]],
  countries: [{ id: 'poland', name: 'Poland', iso: '616', role: 'nato' }],
  borders: [{ id: 'gap', name: 'Gap', between: ['440', '616'], measures: [] }],
  rings: [{ id: 'r', centre: [31.9, 53.7], km: 500, label: 'x: y', by: 'x', reach: 'y' }],
  distances: [{ id: 'minsk', name: 'Minsk', from: [31.9, 53.7], at: [27.56, 53.9], computedKm: 290, reported: [] }],
});
const padding = { top: 60, right: 20, bottom: 20, left: 520 };

describe('applying a map view', () => {
  test('highlights the chapter countries and borders, fills the overlay and fits the bounds with padding', () => {
    const { map, state } = fakeMap();
    applyView(map, flank, { animate: true, padding });
    expect(state.filters['highlight-fill']).toEqual(['in', ['get', 'iso'], ['literal', ['616']]]);
    expect(state.filters['border-line']).toEqual(['in', ['get', 'place'], ['literal', ['gap']]]);
    const kinds = (state.data.overlay as { features: { properties: { kind: string } }[] }).features.map((f) => f.properties.kind);
    expect(kinds.sort()).toEqual(['distance', 'point', 'ring']);
    expect(state.camera).toMatchObject({ bounds: flank.bounds, padding });
  });

  test('jumps instead of flying when motion is off', () => {
    const { map, state } = fakeMap();
    applyView(map, belarus, { animate: false, padding });
    expect((state.camera as { duration: number }).duration).toBe(0);
  });

  test('is idempotent: any earlier views leave no trace', () => {
    const alone = fakeMap();
    applyView(alone.map, belarus, { animate: false, padding });
    const after = fakeMap();
    for (const v of [flank, belarus, flank, belarus, belarus]) applyView(after.map, v, { animate: false, padding });
    expect({ ...after.state, calls: 0 }).toEqual({ ...alone.state, calls: 0 });
  });

  test('an uncertain site is drawn as an area, not a pin', () => {
    const { map, state } = fakeMap();
    applyView(map, belarus, { animate: false, padding });
    const [site] = (state.data.overlay as { features: { properties: { kind: string }; geometry: { type: string } }[] }).features;
    expect(site.properties.kind).toBe('area');
    expect(site.geometry.type).toBe('Polygon');
  });
});
