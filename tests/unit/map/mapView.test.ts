import { describe, expect, test } from 'vitest';
import type { Figure, Place } from '../../../src/lib/content/schemas';
import { mapViewFor, ringLabelPoint, type MapContext } from '../../../src/lib/map/mapView';
import { containsPoint, type Bounds } from '../../../src/lib/geo/bounds';
import { greatCircleKm } from '../../../src/lib/geo/greatCircle';
import { legendFor } from '../../../src/lib/map/legend';
import { mapLabels } from '../../../src/lib/map/mapLabels';

const place = (p: Partial<Place> & Pick<Place, 'name' | 'kind'>): Place => ({ provenance: 'sourced', sources: [], ...p });
const places = new Map<string, Place>([
  ['belarus', place({ name: 'Belarus', kind: 'country', isoNumeric: '112', mapRole: 'host', provenance: 'natural-earth' })],
  ['poland', place({ name: 'Poland', kind: 'country', isoNumeric: '616', natoSince: 1999, easternFlank: true, provenance: 'natural-earth', battlegroup: { frameworkNation: 'United States', location: 'Bemowo Piskie' } })],
  ['lithuania', place({ name: 'Lithuania', kind: 'country', isoNumeric: '440', provenance: 'natural-earth' })],
  ['gap', place({ name: 'Gap', kind: 'area', borderOf: ['lithuania', 'poland'], provenance: 'natural-earth' })],
  ['krichev-site', place({ name: 'Site', kind: 'site', measuredFrom: true, lat: 53.73, lon: 31.92, uncertaintyKm: 15, claimStatus: 'independently-reported' })],
  ['minsk', place({ name: 'Minsk', kind: 'capital', lat: 53.9, lon: 27.56, provenance: 'standard-coordinates' })],
  ['somewhere', place({ name: 'Closer to Smolensk', kind: 'area', provenance: 'unlocated' })],
]);
const figures = new Map<string, Figure>([
  ['ring', { label: 'range', claimant: 'Agency', topic: 'performance', valueKm: 1000, sources: ['s'] }],
  ['band', { label: 'class', claimant: 'Treaty', topic: 'performance', values: { minKm: 500, maxKm: 5500 }, sources: ['s'] }],
  ['far', { label: 'far', claimant: 'Someone', topic: 'performance', valueKm: 9000, sources: ['s'] }],
  ['mid', { label: 'mid', claimant: 'Other', topic: 'performance', valueKm: 3000, sources: ['s'] }],
  ['reported', { label: 'distances', claimant: 'Wire', topic: 'krichev-site', values: { minsk: 307 }, sources: ['s'] }],
  ['gap-width', { label: '65 km', claimant: 'AFP', topic: 'gap' as Figure['topic'], sources: ['s'] }],
]);
const shapes: Record<string, Bounds> = { '112': [[23.2, 51.3], [32.8, 56.2]], '616': [[14.1, 49], [24.2, 54.8]], 'lithuania|poland': [[22.5, 53.9], [23.6, 54.4]] };
const context: MapContext = {
  figures,
  shapeBounds: (p) => shapes[p.isoNumeric ?? p.borderOf?.join('|') ?? ''],
  labelPoints: (_p, b) => [[(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2]],
};
const request = (r: Partial<Parameters<typeof mapViewFor>[0]>) => ({ fit: ['belarus'], highlight: [], rings: [], distancesTo: [], paths: [], ...r });
/** Ring entries as a chapter's front matter gives them by bare figure id. */
const rings = (...figures: string[]) => figures.map((figure) => ({ figure, inView: false }));

describe('map view of a chapter', () => {
  test('the bounds contain every place to fit, including a point with its uncertainty area', () => {
    const view = mapViewFor(request({ fit: ['poland', 'krichev-site'] }), places, context);
    expect(containsPoint(view.bounds, [14.2, 49.1])).toBe(true);
    expect(containsPoint(view.bounds, [31.92 + 0.2, 53.73])).toBe(true);
  });

  test('highlights are sorted into countries, points, borders and unlocated places', () => {
    const view = mapViewFor(request({ highlight: ['poland', 'krichev-site', 'gap', 'somewhere'] }), places, context);
    expect(view.countries.map((c) => c.id)).toEqual(['poland']);
    expect(view.countries[0].detail).toMatch(/NATO since 1999.*eastern flank.*United States/);
    expect(view.points.map((p) => p.id)).toEqual(['krichev-site']);
    expect(view.points[0]).toMatchObject({ uncertaintyKm: 15, claim: 'Independently reported' });
    expect(view.borders).toEqual([expect.objectContaining({ id: 'gap', between: ['440', '616'] })]);
    expect(view.borders[0].measures).toEqual(['AFP: 65 km']);
    expect(view.unlocated).toEqual([{ id: 'somewhere', name: 'Closer to Smolensk' }]);
  });

  test('an unlocated place is never drawn, only listed', () => {
    const view = mapViewFor(request({ highlight: ['somewhere'] }), places, context);
    expect(mapLabels(view)).toEqual([]);
    expect(legendFor(view).map((e) => e.text).join()).toMatch(/Closer to Smolensk: no map position/);
  });

  test('rings name who gives the figure; a band has an inner ring; a ring outside the view has no label spot', () => {
    const view = mapViewFor(request({ fit: ['belarus'], rings: rings('ring', 'band', 'far') }), places, context);
    expect(view.rings.map((r) => r.label)).toEqual(['Up to 1,000 km — Agency', '500 km–5,500 km — Treaty', 'Up to 9,000 km — Someone']);
    expect(view.rings[1].innerKm).toBe(500);
    expect(view.rings[2].labelAt).toBeUndefined();
  });

  test('a ring label on the map gives the figure, with who gives it under it', () => {
    const view = mapViewFor(request({ fit: ['poland', 'krichev-site'], rings: rings('band') }), places, context);
    const ring = mapLabels(view).find((l) => l.kind === 'ring');
    expect(ring).toMatchObject({ text: '500 km–5,500 km', detail: ['Treaty'] });
    expect(containsPoint(view.bounds, ring!.at)).toBe(true);
  });

  test('a ring label keeps clear of the places named on the map', () => {
    const centre: [number, number] = [31.92, 53.73];
    const bounds: Bounds = [[20, 45], [45, 60]];
    const south = ringLabelPoint(centre, 500, bounds)!;
    expect(greatCircleKm(centre, south)).toBeCloseTo(500, 0);
    const clear = ringLabelPoint(centre, 500, bounds, [south])!;
    expect(greatCircleKm(centre, clear)).toBeCloseTo(500, 0);
    expect(greatCircleKm(clear, south)).toBeGreaterThan(500);
  });

  test('a ring past the view says whether the whole map lies within it', () => {
    const view = mapViewFor(request({ fit: ['belarus'], rings: rings('mid', 'far') }), places, context);
    const legend = (who: string) => legendFor(view).find((e) => e.text.endsWith(who) || e.text.includes(`${who} (`))?.text;
    // 3,000 km from Belarus leaves this view but not the map (Lisbon is farther away).
    expect(view.rings[0]).not.toHaveProperty('labelAt');
    expect(view.rings[0]).not.toHaveProperty('enclosesMap');
    expect(legend('Other')).toMatch(/ring beyond this view/);
    // 9,000 km from Belarus is past every edge of Europe.
    expect(view.rings[1].enclosesMap).toBe(true);
    expect(legend('Someone')).toMatch(/all of the map lies within it/);
  });

  test('distances are computed great-circle from the reported site and shown beside the published figure', () => {
    const view = mapViewFor(request({ distancesTo: ['minsk'] }), places, context);
    const [minsk] = view.distances;
    const exact = greatCircleKm([31.92, 53.73], [27.56, 53.9]);
    expect(Math.abs(minsk.computedKm - exact)).toBeLessThanOrEqual(2.5);
    expect(minsk.reported).toEqual([{ km: 307, by: 'Wire' }]);
    expect(mapLabels(view).find((l) => l.kind === 'distance')?.detail).toEqual([`${minsk.computedKm} km away`, 'Wire: 307 km']);
  });

  test('a view survives a JSON round trip unchanged (it is serialised into the page)', () => {
    const view = mapViewFor(request({ highlight: ['poland', 'krichev-site', 'gap'], rings: rings('band'), distancesTo: ['minsk'] }), places, context);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  test('countries are coloured by the role content gives them, else by NATO membership', () => {
    const view = mapViewFor(request({ highlight: ['belarus', 'poland', 'lithuania'] }), places, context);
    expect(view.countries.map((c) => [c.id, c.role])).toEqual([['belarus', 'host'], ['poland', 'nato'], ['lithuania', 'other']]);
  });

  test('rings and distances are measured from the place content marks measuredFrom, whatever its id', () => {
    const moved = new Map(places);
    moved.set('krichev-site', { ...places.get('krichev-site')!, measuredFrom: undefined });
    moved.set('minsk', { ...places.get('minsk')!, measuredFrom: true });
    const view = mapViewFor(request({ rings: rings('ring') }), moved, context);
    expect(view.rings[0].centre).toEqual([27.56, 53.9]);
    moved.set('krichev-site', places.get('krichev-site')!);
    expect(() => mapViewFor(request({}), moved, context)).toThrow(/krichev-site, minsk/);
  });

  test('an occupied area near the view gets its legend line from content; one far away does not', () => {
    const area = (legend: string, [lon, lat]: [number, number]) =>
      place({ name: legend, kind: 'area', provenance: 'natural-earth', occupied: { by: 'belarus', since: 2014, legend }, outline: [[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat]] });
    const withAreas = new Map(places).set('near', area('Near: occupied since 2014', [28, 50])).set('far', area('Far: occupied', [-20, 31]));
    const view = mapViewFor(request({ fit: ['belarus'] }), withAreas, context);
    expect(view.occupied).toEqual([{ id: 'near', name: 'Near: occupied since 2014', legend: 'Near: occupied since 2014' }]);
    expect(legendFor(view)).toContainEqual({ symbol: 'occupied', text: 'Near: occupied since 2014' });
  });

  test('a ring asked to be in view widens the view to its nearest stretch, and its label sits on that stretch', () => {
    const narrow = mapViewFor(request({ fit: ['belarus'], rings: rings('mid') }), places, context);
    expect(narrow.rings[0].labelAt).toBeUndefined();
    const view = mapViewFor(request({ fit: ['belarus'], rings: [{ figure: 'mid', claimant: 'estimate reported by Other', inView: true }] }), places, context);
    const ring = view.rings[0];
    expect(ring.labelAt).toBeDefined();
    expect(containsPoint(view.bounds, ring.labelAt!)).toBe(true);
    expect(greatCircleKm([31.92, 53.73], ring.labelAt!)).toBeCloseTo(3000, -1);
    expect(ring.label).toBe('Up to 3,000 km — estimate reported by Other');
    expect(mapLabels(view).find((l) => l.kind === 'ring')).toMatchObject({ text: 'Up to 3,000 km', detail: ['estimate reported by Other'] });
  });

  test('a strike path runs from launch area to target, is in view, and carries who says where it came from', () => {
    const strike = { from: 'krichev-site', to: 'minsk', claim: 'Launched from the site', claimant: 'the ministry said', detail: ['a 5-minute flight,', 'the agency said'], sources: ['s'] };
    const view = mapViewFor(request({ fit: ['krichev-site'], paths: [strike] }), places, context);
    const [path] = view.paths;
    expect(path).toMatchObject({ from: [31.92, 53.73], to: [27.56, 53.9], fromName: 'Site', toName: 'Minsk', claim: strike.claim, claimant: strike.claimant, sources: ['s'] });
    expect(containsPoint(view.bounds, path.to)).toBe(true);
    // The label sits halfway along the flight.
    expect(greatCircleKm(path.from, path.labelAt)).toBeCloseTo(greatCircleKm(path.labelAt, path.to), 0);
    expect(mapLabels(view).find((l) => l.kind === 'path')).toMatchObject({ text: strike.claim, detail: [strike.claimant, ...strike.detail] });
    expect(legendFor(view)).toContainEqual({ symbol: 'path', text: 'Site → Minsk: Launched from the site, the ministry said; a 5-minute flight, the agency said' });
    expect(() => mapViewFor(request({ paths: [{ ...strike, from: 'somewhere' }] }), places, context)).toThrow(/needs coordinates/);
  });

  test('a missing place is named in the error', () => {
    expect(() => mapViewFor(request({ fit: ['atlantis'] }), places, context)).toThrow(/atlantis/);
  });
});
