/**
 * Applies a complete map view to a MapLibre map: highlight filters, overlay data and camera.
 * Pure apart from the map it is given (a fake one in tests), and idempotent: applying the same
 * view twice, or any view after any other, leaves the map in the same state as applying it alone.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Bounds } from '../geo/bounds';
import type { Padding } from '../geo/fitPadding';
import { circleLine, greatCircleLine } from '../geo/greatCircle';
import { clipLine } from '../geo/clipLine';
import { WORLD } from '../geo/regions';
import { dotsOf } from './mapLabels';
import type { MapView } from './mapView';

/** The few MapLibre calls the story uses; the contract test checks the real library has them. */
export interface MapLike {
  setFilter(layerId: string, filter: unknown): unknown;
  getSource(id: string): unknown;
  fitBounds(bounds: Bounds, options: { padding: Padding; duration: number; animate: boolean; essential: boolean }): unknown;
}

interface DataSource {
  setData(data: FeatureCollection): unknown;
}

/** Layers filtered by the highlighted countries and borders (ids match the style in scripts/map). */
export const HIGHLIGHT_LAYERS = ['highlight-fill', 'highlight-hatch', 'highlight-edge', 'world-highlight-fill', 'world-highlight-hatch'] as const;
export const BORDER_LAYER = 'border-line';
export const OVERLAY_SOURCE = 'overlay';
export const FLY_MS = 1200;

export interface ApplyOptions {
  animate: boolean;
  padding: Padding;
}

export function applyView(map: MapLike, view: MapView, { animate, padding }: ApplyOptions): void {
  const isos = view.countries.map((c) => c.iso);
  for (const layer of HIGHLIGHT_LAYERS) map.setFilter(layer, ['in', ['get', 'iso'], ['literal', isos]]);
  map.setFilter(BORDER_LAYER, ['in', ['get', 'place'], ['literal', view.borders.map((b) => b.id)]]);
  (map.getSource(OVERLAY_SOURCE) as DataSource | undefined)?.setData(overlayFeatures(view));
  map.fitBounds(view.bounds, { padding, duration: animate ? FLY_MS : 0, animate, essential: false });
}

/** Rings, distance lines, strike paths, uncertainty areas and points as GeoJSON, each tagged with its kind. */
export function overlayFeatures(view: MapView): FeatureCollection {
  const feature = (kind: string, id: string, geometry: Geometry): Feature => ({ type: 'Feature', properties: { kind, id }, geometry });
  const features: Feature[] = [];
  for (const r of view.rings) {
    // Only over the drawn world (not over the poles, where Mercator has no room).
    for (const km of [r.km, ...(r.innerKm ? [r.innerKm] : [])]) {
      const runs = clipLine(circleLine(r.centre, km), WORLD);
      if (runs.length) features.push(feature('ring', r.id, { type: 'MultiLineString', coordinates: runs }));
    }
  }
  for (const d of view.distances) features.push(feature('distance', d.id, { type: 'LineString', coordinates: [d.from, d.at] }));
  for (const p of view.paths) features.push(feature('path', p.id, { type: 'LineString', coordinates: greatCircleLine(p.from, p.to) }));
  for (const p of view.points) if (p.uncertaintyKm) features.push(feature('area', p.id, { type: 'Polygon', coordinates: [circleLine(p.at, p.uncertaintyKm, 64)] }));
  for (const d of dotsOf(view)) features.push(feature('point', d.id, { type: 'Point', coordinates: d.at }));
  return { type: 'FeatureCollection', features };
}
