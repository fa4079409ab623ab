/**
 * The static twin of every map view, drawn with d3-geo at build time: one Mercator projection
 * (the same as MapLibre's), the base geometry drawn once, and per view a transform that puts the
 * view's window into one fixed frame (so label sizes can be set in CSS), plus small overlays.
 */
import { geoCircle, geoMercator, geoPath, type GeoProjection } from 'd3';
import type { LineString } from 'geojson';
import { clipGeometry, countryAt, countryShapes, sharedBorder } from '../geo/basemap';
import { fixAntimeridian } from '../geo/antimeridian';
import { containsPoint, padBounds, type Bounds } from '../geo/bounds';
import { outlinePolygon } from '../geo/outline';
import { STATIC_FINE_REGION, STATIC_REGION } from '../geo/regions';
import { circleLine, greatCircleLine, type LonLat } from '../geo/greatCircle';
import { clipLine } from '../geo/clipLine';
import { mercatorUnitsPerKm, scaleBar, type ScaleBar } from '../geo/scaleBar';
import { countryRole, type CountryRole, type MapView } from './mapView';
import { dotsOf, mapLabels, TEXT_SIDES, type MapLabel, type TextSide } from './mapLabels';
import { byPriority, calloutBoxes, callsOut, dotBox, estimateBox, honestOptions, leaderLine, placeBoxes, readingPoints, type Box } from './labelLayout';

import type { Place } from '../content/schemas';

/**
 * Label size assumed for layout, in frame units: staticMap.css draws labels at this size where the
 * map is drawn under 26rem wide (a phone), and smaller the wider it is (about the same size on
 * screen), so a label never runs past the room it was given.
 */
const LABEL_FONT = 15;

/** Width of the projected region in SVG units. */
const WIDTH = 1000;
/** Every static view is drawn into this frame (4:3), whatever its place on Earth. */
export const FRAME = { width: 480, height: 360 } as const;
const ASPECT = FRAME.width / FRAME.height;

export function staticProjection(): GeoProjection {
  const projection = geoMercator().scale(1).translate([0, 0]);
  const [[x0, y0], [x1, y1]] = projectedBox(projection, STATIC_REGION);
  const k = WIDTH / (x1 - x0);
  projection.scale(k).translate([-x0 * k, -y0 * k]);
  return projection.clipExtent([
    [0, 0],
    [WIDTH, (y1 - y0) * k],
  ]);
}

function projectedBox(projection: GeoProjection, [[w, s], [e, n]]: Bounds): [[number, number], [number, number]] {
  const [x0, y0] = projection([w, n])!;
  const [x1, y1] = projection([e, s])!;
  return [
    [x0, y0],
    [x1, y1],
  ];
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest window of the given aspect ratio that shows the bounds, centred on them. */
export function viewBoxFor(projection: GeoProjection, bounds: Bounds, aspect = ASPECT): ViewBox {
  const [[x0, y0], [x1, y1]] = projectedBox(projection, bounds);
  let width = x1 - x0;
  let height = y1 - y0;
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  const r = (v: number) => Math.round(v * 10) / 10;
  return { x: r((x0 + x1 - width) / 2), y: r((y0 + y1 - height) / 2), width: r(width), height: r(height) };
}

export interface BaseCountry {
  iso: string;
  role: CountryRole;
  easternFlank: boolean;
  d: string;
}

/**
 * Every country shape in the static region, coloured by role from content/places: at 1:110m, or
 * (fine) at 1:50m cut to the close views' region (STATIC_FINE_REGION).
 */
export function baseCountries(places: Map<string, Place>, { fine = false, projection = staticProjection() } = {}): BaseCountry[] {
  const byIso = new Map([...places.values()].filter((p) => p.isoNumeric).map((p) => [p.isoNumeric!, p]));
  const path = geoPath(projection).digits(1);
  return countryShapes(fine ? '50m' : '110m').flatMap((shape) => {
    const geometry = fine ? clipGeometry(fixAntimeridian(shape.geometry), padBounds(STATIC_FINE_REGION, 0.02)) : shape.geometry;
    const d = geometry && path(geometry);
    if (!d || shape.id === undefined) return [];
    const iso = String(shape.id);
    const known = byIso.get(iso);
    return [{ iso, role: known ? countryRole(known) : 'other', easternFlank: Boolean(known?.easternFlank), d }];
  });
}

/** Occupied areas, from their outlines in content/places: hatched over every static view. */
export function occupiedAreas(places: Map<string, Place>, projection = staticProjection()): { id: string; d: string }[] {
  const path = geoPath(projection).digits(1);
  return [...places].flatMap(([id, p]) => {
    const d = p.occupied && p.outline ? path(outlinePolygon(p.outline, 'd3')) : null;
    return d ? [{ id, d }] : [];
  });
}

export interface StaticLabel {
  text: string;
  /** Smaller lines under the name (a figure, a claim label). */
  detail?: string[];
  /** Where the text is anchored in the frame (already moved off its point). */
  x: number;
  y: number;
  kind: MapLabel['kind'];
  /** Which side of its point the text sits on. */
  side: Side;
  /** A called-out label's leader line to its point (x1, y1, x2, y2 in the frame). */
  leader?: [number, number, number, number];
}

/** Beside, on, or hanging under or over the point; a hanging label may start or end at it instead of centring. */
type Side = 'left' | 'right' | 'center' | 'below' | 'below-start' | 'below-end' | 'above' | 'above-start' | 'above-end';
const HANGING: Side[] = ['below', 'below-end', 'below-start', 'above', 'above-end', 'above-start'];
/** Last resorts for a label beside a point: under or over it, starting or ending at it. */
const HANGING_ENDS: Side[] = ['below-end', 'below-start', 'above-end', 'above-start'];
/** A point's text side (where the text is) as the static label's side (which end of the text is at the point). */
const BESIDE: Record<TextSide, Side> = { right: 'left', left: 'right', below: 'below', above: 'above' };
/** Gap between a point and its label, and how far below the point a label under it sits, in frame units. */
const LABEL_GAP = 7;
const BELOW = 16;
/** A label hanging off a line keeps further away: clear of the dots at the line's ends. */
const HANG = 20;

export interface StaticOverlay {
  /** Maps projected coordinates into the frame: apply to the base map and overlays. */
  transform: string;
  /** A close view, drawn from the finer base map (MapDefs' sm-fine) rather than the coarse one. */
  fine: boolean;
  highlight: { iso: string; role: CountryRole }[];
  areas: { d: string }[];
  borders: { d: string }[];
  rings: { d: string }[];
  lines: { d: string }[];
  paths: { d: string }[];
  points: { x: number; y: number; r: number; kind: string }[];
  labels: StaticLabel[];
  /** The scale bar, in frame units, in the bottom-left corner. */
  scale: ScaleBar & { x: number; y: number };
}

/** The scale bar's longest length and its corner, in frame units. */
const SCALE_MAX = 110;
const SCALE_AT = { x: 10, y: FRAME.height - 10 };

/** One view's window and overlays, sized to its viewBox so strokes and dots look alike at every zoom. */
export function staticOverlay(view: MapView, projection = staticProjection()): StaticOverlay {
  const viewBox = viewBoxFor(projection, view.bounds);
  const local = geoMercator()
    .scale(projection.scale())
    .translate(projection.translate())
    .clipExtent([
      [viewBox.x, viewBox.y],
      [viewBox.x + viewBox.width, viewBox.y + viewBox.height],
    ]);
  const path = geoPath(local).digits(1);
  const k = FRAME.width / viewBox.width;
  /** Dot radius in frame units, converted to projected units. */
  const radius = (frameUnits: number) => round(frameUnits / k);
  const at = (p: LonLat) => {
    const [x, y] = local(p)!;
    return { x: round(x), y: round(y) };
  };
  const inFrame = (p: LonLat) => {
    const [x, y] = local(p)!;
    return { x: round((x - viewBox.x) * k), y: round((y - viewBox.y) * k) };
  };
  const inside = (l: { x: number; y: number }) => l.x >= 0 && l.x <= FRAME.width && l.y >= 0 && l.y <= FRAME.height;
  // Labels that would overlap or leave the frame are left off (they stay in the legend and list).
  const candidates = mapLabels(view)
    .sort(byPriority)
    .map((l) => ({ l, anchors: [l.at, ...(l.alternatives ?? [])].map(inFrame).filter(inside) }))
    .filter(({ anchors }) => anchors.length > 0);
  // A label too long for either side of its point (or crowded there) may sit centred under or over it.
  const sides = (l: MapLabel): Side[] =>
    l.anchor === 'top'
      ? HANGING
      : l.anchor === 'center'
        ? l.slides ? ['center', 'right', 'left'] : ['center']
        : [...(l.sides ?? TEXT_SIDES).map((side) => BESIDE[side]), ...HANGING_ENDS];
  /** Where a hanging label's first line goes: under the point, or over it with room for every line. */
  const hangAt = (l: MapLabel, p: { x: number; y: number }, side: Side) =>
    side.startsWith('below') ? p.y + (l.anchor === 'top' ? HANG : BELOW) : p.y - HANG - LABEL_FONT * 1.15 * (l.detail?.length ?? 0);
  const box = (l: MapLabel, p: { x: number; y: number }, side: Side) => {
    if (!HANGING.includes(side)) return estimateBox(l, p.x, p.y, LABEL_FONT, side as 'left' | 'right' | 'center');
    const y = hangAt(l, p, side);
    if (side.endsWith('-start')) return estimateBox(l, p.x - LABEL_GAP, y, LABEL_FONT, 'left');
    if (side.endsWith('-end')) return estimateBox(l, p.x + LABEL_GAP, y, LABEL_FONT, 'right');
    return estimateBox(l, p.x, y, LABEL_FONT, 'center');
  };
  // Dots have a radius of 3.5 frame units; 4 keeps labels off their edge.
  const dots = dotsOf(view).map(({ id, at }) => {
    const d = inFrame(at);
    return { id, box: dotBox(d.x, d.y, 4) };
  });
  // A path's label may drop its further lines (kept in the legend and the list) when the whole
  // label fits nowhere: the claim and who makes it stay. A country's name may drop its detail; a
  // distance may go on one line with its place's name.
  const variants = (l: MapLabel): MapLabel[] =>
    l.kind === 'path' && (l.detail?.length ?? 0) > 1
      ? [l, { ...l, detail: l.detail!.slice(0, 1) }]
      : l.kind === 'country' && l.detail
        ? [l, { ...l, detail: undefined }]
        : l.kind === 'distance' && l.detail?.length
          ? [l, { ...l, text: `${l.text} ${l.detail[0]}`, detail: l.detail.slice(1) }]
          : [l];
  type Option = { v: MapLabel; p: { x: number; y: number }; side: Side; callout?: Box };
  // Last of all, for a label the reader is asked about: called out from its point, with a leader.
  const callouts = (l: MapLabel, p: { x: number; y: number }): Option[] =>
    callsOut(l) ? calloutBoxes(box(l, p, 'center'), p, LABEL_FONT * 1.2).map((callout) => ({ v: l, p, side: 'center', callout })) : [];
  const boxOf = ({ v, p, side, callout }: Option) => callout ?? box(v, p, side);
  /** The country under a point of the frame, if any: asked on a grid of 3 units (finer than a letter), each spot once. */
  const under = new Map<string, string | undefined>();
  const countryIn = ({ x, y }: { x: number; y: number }) => {
    const [gx, gy] = [Math.round(x / 3) * 3, Math.round(y / 3) * 3];
    const key = `${gx},${gy}`;
    if (!under.has(key)) under.set(key, countryAt(local.invert!([viewBox.x + gx / k, viewBox.y + gy / k]) as LonLat));
    return under.get(key);
  };
  const options = candidates.map(({ l, anchors }): Option[] =>
    honestOptions<Option>(
      [...variants(l).flatMap((v) => anchors.flatMap((p) => sides(l).map((side) => ({ v, p, side })))), ...anchors.flatMap((p) => callouts(variants(l).at(-1)!, p))],
      l.home,
      (o) => readingPoints(boxOf(o)).map(countryIn),
      (o) => Boolean(o.callout),
    ),
  );
  const chosen = placeBoxes(
    candidates.map((c, i) => ({
      id: c.l.id,
      boxes: options[i].map(boxOf),
      leaders: options[i].map(({ v, p, callout }) => callout && leaderLine(callout, p, leaderClear(v))),
    })),
    FRAME,
    dots,
  );
  // Offsets go into the coordinates, not CSS transforms, so every SVG renderer places them alike.
  const anchorAt = ({ v, p, side, callout }: Option) =>
    callout
      ? { x: round(callout.x + callout.width / 2), y: round(callout.y + LABEL_FONT * 0.6) }
      : HANGING.includes(side)
        ? { x: p.x, y: round(hangAt(v, p, side)) }
        : { x: round(p.x + (side === 'left' ? LABEL_GAP : side === 'right' ? -LABEL_GAP : 0)), y: p.y };
  const labels = candidates.flatMap((_, i): StaticLabel[] => {
    if (chosen[i] === undefined) return [];
    const option = options[i][chosen[i]!];
    const { v, p, side, callout } = option;
    const leader = callout && leaderLine(callout, p, leaderClear(v));
    return [{ text: v.text, ...(v.detail ? { detail: v.detail } : {}), kind: v.kind, side, ...anchorAt(option), ...(leader ? { leader } : {}) }];
  });
  const areas = view.points.filter((p) => p.uncertaintyKm).map((p) => ({ d: path(geoCircle().center(p.at).radius(kmToDegrees(p.uncertaintyKm!))()) ?? '' }));
  // Points keep their kind; a capital only measured to, or a path's end, is a plain smaller dot.
  const points = dotsOf(view).map((d) => {
    const kind = view.points.find((p) => p.id === d.id)?.kind;
    return { ...at(d.at), r: radius(kind ? 3.5 : 3), kind: kind ?? 'capital' };
  });
  const borders = view.borders.map((b) => ({ d: path(sharedBorder(...b.between)) ?? '' }));
  const rings = view.rings.flatMap((r) =>
    [r.km, ...(r.innerKm ? [r.innerKm] : [])].map((km) => ({ d: path({ type: 'MultiLineString', coordinates: clipLine(circleLine(r.centre, km), STATIC_REGION) }) ?? '' })),
  );
  const lines = view.distances.map((d) => ({ d: path(lineString([d.from, d.at])) ?? '' }));
  const paths = view.paths.map((p) => ({ d: path(lineString(greatCircleLine(p.from, p.to))) ?? '' }));
  const middle = local.invert!([viewBox.x + viewBox.width / 2, viewBox.y + viewBox.height / 2])!;
  const corners = [local.invert!([viewBox.x, viewBox.y])!, local.invert!([viewBox.x + viewBox.width, viewBox.y + viewBox.height])!];
  const fine = corners.every((c) => containsPoint(STATIC_FINE_REGION, c as LonLat));
  const scale = { ...scaleBar(mercatorUnitsPerKm(projection.scale(), middle[1]) * k, SCALE_MAX), ...SCALE_AT };
  return {
    scale,
    fine,
    transform: `scale(${Number(k.toFixed(4))}) translate(${-viewBox.x} ${-viewBox.y})`,
    highlight: view.countries.map((c) => ({ iso: c.iso, role: c.role })),
    areas: areas.filter((a) => a.d),
    borders: borders.filter((b) => b.d),
    rings: rings.filter((r) => r.d),
    lines: lines.filter((l) => l.d),
    paths: paths.filter((p) => p.d),
    points,
    labels,
  };
}

/** A leader starts clear of its place's dot; a country's name points into the country itself. */
const leaderClear = (l: MapLabel) => (l.kind === 'country' ? 0 : 5);
const lineString = (coordinates: LonLat[]): LineString => ({ type: 'LineString', coordinates });
const kmToDegrees = (km: number) => (km / 6371.0088) * (180 / Math.PI);
const round = (n: number) => Math.round(n * 10) / 10;
