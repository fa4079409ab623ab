/**
 * Crimea is Ukraine on every map the site ships (UN General Assembly resolution 68/262), marked as
 * occupied by Russia. Checked on what the site's own functions draw, not on the package alone.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { geoContains, polygonContains } from 'd3';
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import { basemapFeatures, countryShapes } from '../../../src/lib/geo/basemap';
import { outlinePolygon } from '../../../src/lib/geo/outline';
import { basemapData } from '../../../src/lib/map/basemapData';
import { baseCountries, occupiedAreas, staticProjection } from '../../../src/lib/map/staticMap';
import { dataMeta, placesGeojson } from '../../../src/lib/data/dataExports';
import type { Place } from '../../../src/lib/content/schemas';
import type { ContentSet } from '../../../src/lib/content/integrity';
import { site } from '../../../src/lib/content/site';
import { readContent } from '../content/readContentFolder';

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const UKRAINE = '804';
const RUSSIA = '643';

let content: ContentSet;
let places: Map<string, Place>;
beforeAll(() => {
  content = readContent('content');
  places = new Map(content.places.map((p) => [p.id, p.data]));
});

/** Planar point-in-polygon over every ring (even-odd), whichever way the rings are wound. */
const inRings = (rings: Position[][], [x, y]: [number, number]) =>
  rings.filter((ring) => polygonContains(ring as [number, number][], [x, y])).length % 2 === 1;

/** The rings of an SVG path made of M/L/Z commands, as d3-geo writes them. */
const svgRings = (d: string): Position[][] =>
  d.split('M').filter(Boolean).map((part) => part.replace(/Z/g, '').split('L').map((xy) => xy.split(',').map(Number)));

describe('Crimea is drawn in Ukraine', () => {
  test.each(['50m', '110m'] as const)('the %s country shapes (live map, fitting, static maps)', (resolution) => {
    const shape = (iso: string) => countryShapes(resolution).find((f) => f.id === iso)!;
    expect(geoContains(shape(UKRAINE), SIMFEROPOL)).toBe(true);
    expect(geoContains(shape(RUSSIA), SIMFEROPOL)).toBe(false);
  });

  test('the clipped, rounded basemap the live map loads (/map-data/basemap.json)', () => {
    const byIso = (iso: string) => basemapData(places).features.find((f) => f.properties?.iso === iso) as Feature<Geometry>;
    expect(geoContains(byIso(UKRAINE), SIMFEROPOL)).toBe(true);
    expect(geoContains(byIso(RUSSIA), SIMFEROPOL)).toBe(false);
    expect(basemapFeatures('110m').features.filter((f) => geoContains(f, SIMFEROPOL)).map((f) => f.properties.iso)).toEqual([UKRAINE]);
  });

  test('the static maps and social cards (projected SVG paths)', () => {
    const at = staticProjection()(SIMFEROPOL)! as [number, number];
    const d = (iso: string) => baseCountries(places).find((c) => c.iso === iso)!.d;
    expect(inRings(svgRings(d(UKRAINE)), at)).toBe(true);
    expect(inRings(svgRings(d(RUSSIA)), at)).toBe(false);
  });
});

describe('Crimea is marked as occupied, from its outline in content', () => {
  test('the live map hatches it (an occupied feature in basemap.json, wound as GeoJSON wants)', () => {
    const crimea = basemapData(places).features.find((f) => f.properties?.occupied === 'crimea');
    expect(crimea).toBeDefined();
    const ring = (crimea!.geometry as Polygon).coordinates;
    expect(inRings(ring, SIMFEROPOL)).toBe(true);
    expect(geoContains(outlinePolygon(ring[0], 'd3'), SIMFEROPOL)).toBe(true);
  });

  test('the static maps hatch it', () => {
    const at = staticProjection()(SIMFEROPOL)! as [number, number];
    const crimea = occupiedAreas(places).find((a) => a.id === 'crimea');
    expect(inRings(svgRings(crimea!.d), at)).toBe(true);
  });

  test('places.geojson has it as a polygon in Ukraine, occupied by Russia, with its sources', () => {
    const geojson = JSON.parse(JSON.stringify(placesGeojson(content, dataMeta(site, new URL('https://example.org')))));
    const crimea = geojson.features.find((f: { id: string }) => f.id === 'crimea');
    expect(crimea.geometry.type).toBe('Polygon');
    expect(inRings(crimea.geometry.coordinates, SIMFEROPOL)).toBe(true);
    expect(crimea.properties).toMatchObject({ country: 'Ukraine', occupied: { by: 'russia', since: 2014 } });
    expect(crimea.properties.sources.length).toBeGreaterThan(0);
  });

  test('the outline is wound one way for GeoJSON files and the other for d3', () => {
    const square: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(outlinePolygon(square, 'rfc7946').coordinates[0]).toEqual(square);
    expect(outlinePolygon(square, 'd3').coordinates[0]).toEqual([...square].reverse());
    expect(geoContains(outlinePolygon(square, 'd3'), [0.5, 0.5])).toBe(true);
  });
});
