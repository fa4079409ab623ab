/**
 * A chapter's map as plain data: what to fit, what to highlight, which rings and distances to
 * draw, and the words for every label and legend entry. Computed at build time from content/,
 * serialised into the page, and applied as a whole by the MapLibre map and the static SVG twin.
 * No geometry here (the page weight budget); shapes come from the basemap by id.
 */
import type { ChapterMeta, Figure, MapPath, MapRing, Place } from '../content/schemas';
import { CLAIM_LABELS } from '../content/claimStatusLabels';
import { containsPoint, padBounds, pointBounds, roundBounds, unionBounds, type Bounds } from '../geo/bounds';
import { bearing, destination, farthestKm, greatCircleKm, type LonLat } from '../geo/greatCircle';
import { REGION } from '../geo/regions';
import { formatKm } from './distanceText';
import { TEXT_SIDES, type TextSide } from './mapLabels';

/** How a country is coloured: its role in the story as content gives it (mapRole), the alliance, the rest. */
export type CountryRole = NonNullable<Place['mapRole']> | 'nato' | 'other';

/** The place rings and computed distances are measured from: the one content marks measuredFrom. */
export function measuredFrom(places: Iterable<[string, Place]>): string | undefined {
  const marked = [...places].filter(([, p]) => p.measuredFrom).map(([id]) => id);
  if (marked.length > 1) throw new Error(`map: only one place may be measuredFrom (found ${marked.join(', ')})`);
  return marked[0];
}

export interface ViewCountry {
  id: string;
  name: string;
  /** Basemap feature id (ISO 3166-1 numeric). */
  iso: string;
  role: CountryRole;
  /** "NATO since 2004 · eastern flank · battlegroup led by Canada": shown when in focus. */
  detail?: string;
  natoSince?: number;
  /** Where its name goes in this view. */
  labelAt?: LonLat;
  /** Other places inside it for its name, best first, where the first is crowded. */
  labelAlso?: LonLat[];
}

/** A country named for context: not highlighted, but shown enough to be read, or holding the chapter's places. */
export interface ViewName {
  iso: string;
  name: string;
  /** Where its name may go, best first. */
  at: LonLat[];
  /** One of the chapter's places lies in it: the chapter is about it, so its name ranks with them. */
  about: boolean;
}

export interface ViewPoint {
  id: string;
  name: string;
  kind: Place['kind'];
  at: LonLat;
  /** Drawn as an area of this radius, never a pin, when the exact point is not known. */
  uncertaintyKm?: number;
  /** The claim label readers see beside the name (e.g. "Contested"). */
  claim?: string;
  /** Who reported it and when, for reported sites. */
  detail?: string;
  /** Where its label may sit, preferred first: the sides that keep it over its own country come first. */
  sides?: TextSide[];
  /** The country (basemap id) it lies in: its label is never set over another. */
  country?: string;
}

export interface ViewBorder {
  id: string;
  name: string;
  /** The two countries (basemap ids) whose shared border is drawn. */
  between: [string, string];
  /** How each source measures it: they disagree, so every figure is shown with its claimant. */
  measures: string[];
  labelAt?: LonLat;
}

export interface ViewRing {
  id: string;
  centre: LonLat;
  km: number;
  /** For a band (the INF class): the inner radius. */
  innerKm?: number;
  /** The legend's words, always naming who gives the figure: "Up to 5,500 km — estimate reported by Reuters". */
  label: string;
  /** Who gives the figure, in the map's words. */
  by: string;
  /** The figure: "up to 5,500 km" or "500 km–5,500 km". */
  reach: string;
  /** Where the label sits: a point of the ring inside the view, if any part of it is. */
  labelAt?: LonLat;
  /** True when the ring passes outside everything the maps can show: all of the map lies within it. */
  enclosesMap?: boolean;
}

export interface ViewDistance {
  id: string;
  name: string;
  /** The reported site the distance is measured from. */
  from: LonLat;
  at: LonLat;
  /** Great-circle (haversine) distance from the reported site, rounded to 5 km. */
  computedKm: number;
  /** Published figures for the same distance, where a source gives one. */
  reported: { km: number; by: string }[];
  /** The country (basemap id) it lies in: its label is never set over another. */
  country?: string;
}

/** A flight from launch area to target, drawn along the great circle. */
export interface ViewPath {
  id: string;
  from: LonLat;
  to: LonLat;
  fromName: string;
  toName: string;
  /** Where it was launched from, as claimed. */
  claim: string;
  /** Who says so. */
  claimant: string;
  /** Further attributed lines (a flight time, where a source gives one). */
  detail: string[];
  /** What the drawn start stands for, when the claim names an area. */
  note?: string;
  sources: string[];
  /** Where the label sits: the middle of the path. */
  labelAt: LonLat;
  /** Other points along the path its label may slide to when the middle is crowded, nearest the middle first. */
  labelAlong: LonLat[];
}

/** Territory another state occupies, hatched on every map: listed in the views that may show it. */
export interface ViewOccupied {
  id: string;
  name: string;
  /** The legend's words, from content ("Crimea: Ukrainian territory occupied by Russia since 2014"). */
  legend: string;
}

export interface MapView {
  /** [[west, south], [east, north]] in degrees: the area every viewport must show. */
  bounds: [[number, number], [number, number]];
  /** Ids of every highlighted place, whatever its kind. */
  highlight: string[];
  countries: ViewCountry[];
  points: ViewPoint[];
  borders: ViewBorder[];
  rings: ViewRing[];
  /** From the reported site; empty when the chapter shows none. */
  distances: ViewDistance[];
  /** Strike paths, launch area to target. */
  paths: ViewPath[];
  /** Highlighted places with no known coordinates: listed, never drawn. */
  unlocated: { id: string; name: string }[];
  /** Occupied areas in or near the view (the basemap draws them on every map; the legend names them where seen). */
  occupied: ViewOccupied[];
  /** Other countries named on the map (context), largest first. */
  names: ViewName[];
  /** Countries in view that are not highlighted but tinted by their role (the legend explains the tint). */
  tinted: { role: Exclude<CountryRole, 'other'>; names: string[] }[];
  /** Countries in view drawn with NATO's eastern-flank dashed outline. */
  flank: string[];
}

/** Everything beyond the places a view needs; built once from content/ and the basemap. */
export interface MapContext {
  figures: Map<string, Figure>;
  /** Extent of a drawn shape (country or border), from the basemap. */
  shapeBounds(place: Place): Bounds | undefined;
  /** Where a country's or border's name may go within the given bounds, best first. */
  labelPoints?(place: Place, bounds: Bounds): LonLat[];
  /** The country (basemap id) a point lies in, if any. */
  countryAt?(at: LonLat): string | undefined;
  /** The countries a view shows enough of to name, and those holding the given points. */
  countryNames?(bounds: Bounds, points: LonLat[]): { iso: string; name: string; at: LonLat[]; holds: boolean }[];
  /** "Reuters, 26 December 2025": who reported a place, when content says so. */
  reportedBy?(placeId: string): string | undefined;
}

export type MapRequest = ChapterMeta['map'];

/** Room around pins so markers and their labels stay inside the view. */
const POINT_MARGIN_KM = 40;

export function mapViewFor(map: MapRequest, places: Map<string, Place>, context: MapContext): MapView {
  const place = (id: string): Place => {
    const found = places.get(id);
    if (!found) throw new Error(`map: no place "${id}" in content/places/`);
    return found;
  };
  const located = (p: Place): LonLat | undefined =>
    p.provenance !== 'unlocated' && p.lat !== undefined && p.lon !== undefined ? [p.lon, p.lat] : undefined;
  const siteId = measuredFrom(places);
  const site = siteId ? places.get(siteId) : undefined;
  const siteAt = site && located(site);

  const countries: ViewCountry[] = [];
  const points: ViewPoint[] = [];
  const borders: ViewBorder[] = [];
  const unlocated: MapView['unlocated'] = [];

  for (const id of map.highlight) {
    const p = place(id);
    const at = located(p);
    if (p.kind === 'country' && p.isoNumeric) countries.push(viewCountry(id, p));
    else if (p.borderOf) borders.push(viewBorder(id, p, place, context.figures));
    else if (at) points.push(viewPoint(id, p, at, context));
    else unlocated.push({ id, name: p.name });
  }
  const distances: ViewDistance[] = siteAt
    ? map.distancesTo.flatMap((id) => {
        const at = located(place(id));
        return at ? [viewDistance(id, place(id).name, siteId!, siteAt, at, context.figures)] : [];
      })
    : [];

  const fitBoxes = map.fit.flatMap((id): Bounds[] => {
    const p = place(id);
    const at = located(p);
    if (at) return [pointBounds(at, Math.max(p.uncertaintyKm ?? 0, POINT_MARGIN_KM))];
    const shape = context.shapeBounds(p);
    return shape ? [shape] : [];
  });
  if (fitBoxes.length === 0) throw new Error(`map: nothing to fit among [${map.fit.join(', ')}] (no coordinates or shapes)`);
  const paths = map.paths.map((p, i) => viewPath(i, p, place, located));
  for (const p of paths) fitBoxes.push(pointBounds(p.from, POINT_MARGIN_KM), pointBounds(p.to, POINT_MARGIN_KM));
  // A ring asked to be in view brings its stretch nearest the places into the view.
  if (siteAt) {
    const around = unionBounds(fitBoxes);
    for (const ring of map.rings.filter((r) => r.inView)) fitBoxes.push(...nearestArc(siteAt, ringKm(ring.figure, context.figures), around));
  }
  const bounds = roundBounds(padBounds(unionBounds(fitBoxes), 0.04));

  if (context.countryAt) {
    for (const p of points) {
      p.sides = sidesInside(p.at, bounds, context.countryAt);
      const country = context.countryAt(p.at);
      if (country) p.country = country;
    }
    for (const d of distances) {
      const country = context.countryAt(d.at);
      if (country) d.country = country;
    }
  }
  const inner = padBounds(bounds, -0.05);
  for (const shape of [...countries, ...borders]) {
    const [labelAt, ...also] = context.labelPoints?.(place(shape.id), inner) ?? [];
    if (labelAt) shape.labelAt = labelAt;
    if ('iso' in shape && also.length) shape.labelAlso = also;
  }
  const names = countryNamesFor(places, countries, points, inner, context);
  // Ring labels keep clear of the places the view names.
  const named = [...points.map((p) => p.at), ...distances.map((d) => d.at), ...paths.map((p) => p.labelAt)];
  const rings = siteAt ? map.rings.flatMap((r) => viewRings(r, siteAt, bounds, context.figures, named)) : [];

  const { tinted, flank } = countriesInView(places, countries, bounds, context);
  return { bounds, highlight: [...map.highlight], countries, points, borders, rings, distances, paths, unlocated, occupied: occupiedNear(places, bounds), names, tinted, flank };
}

const TINT_ORDER: Exclude<CountryRole, 'other'>[] = ['host', 'deployer', 'struck', 'nato'];

/** The content countries a view shows (their shapes touch its bounds): tinted by role, and on NATO's eastern flank. */
function countriesInView(places: Map<string, Place>, highlighted: ViewCountry[], bounds: Bounds, context: MapContext): Pick<MapView, 'tinted' | 'flank'> {
  const [[w, s], [e, n]] = bounds;
  const seen = [...places.values()].filter((p) => {
    if (p.kind !== 'country' || !p.isoNumeric) return false;
    const box = context.shapeBounds(p);
    return Boolean(box && box[0][0] <= e && box[1][0] >= w && box[0][1] <= n && box[1][1] >= s);
  });
  const tinted = TINT_ORDER.flatMap((role) => {
    const names = seen.filter((p) => countryRole(p) === role && !highlighted.some((h) => h.iso === p.isoNumeric)).map((p) => p.name);
    return names.length ? [{ role, names }] : [];
  });
  return { tinted, flank: seen.filter((p) => p.easternFlank).map((p) => p.name) };
}

/** Beyond this label length (in degrees of longitude), a label crosses borders whatever its side: no side is preferred. */
const MAX_LABEL_DEGREES = 10;

/**
 * The sides of a point its label may sit on, those that keep most of the label over the point's
 * own country first (ties in the usual order): a place near a border labelled across it reads as
 * the neighbour's. A label is taken to be a quarter of the view wide and a sixteenth of it tall.
 */
export function sidesInside(at: LonLat, [[w, s], [e, n]]: Bounds, countryAt: (at: LonLat) => string | undefined): TextSide[] {
  const own = countryAt(at);
  const [length, height] = [(e - w) / 4, (n - s) / 16];
  if (!own || length > MAX_LABEL_DEGREES) return [...TEXT_SIDES];
  const [x, y] = at;
  const along = [0.25, 0.5, 0.75, 1].map((t) => t * length);
  const across = [-0.5, 0, 0.5].map((t) => t * length);
  const probes: Record<TextSide, LonLat[]> = {
    right: along.map((d) => [x + d, y]),
    left: along.map((d) => [x - d, y]),
    below: across.map((d) => [x + d, y - height]),
    above: across.map((d) => [x + d, y + height]),
  };
  const share = (side: TextSide) => probes[side].filter((p) => countryAt(p) === own).length / probes[side].length;
  return [...TEXT_SIDES].sort((a, b) => share(b) - share(a));
}

/** At most this many context names: enough to find one's way, few enough to read the chapter's own labels. */
const MAX_NAMES = 10;

/**
 * The countries named for context: those the chapter's places lie in, then the largest others in
 * view; named as content names them where it does (the basemap's short names otherwise).
 */
function countryNamesFor(places: Map<string, Place>, highlighted: ViewCountry[], points: ViewPoint[], inner: Bounds, context: MapContext): ViewName[] {
  const byIso = new Map([...places.values()].filter((p) => p.kind === 'country' && p.isoNumeric).map((p) => [p.isoNumeric!, p]));
  const found = context.countryNames?.(inner, points.map((p) => p.at)) ?? [];
  const names = found
    .filter((c) => !highlighted.some((h) => h.iso === c.iso))
    .map((c): ViewName => {
      const known = byIso.get(c.iso);
      return { iso: c.iso, name: known ? (known.mapName ?? known.name) : c.name, at: c.at, about: c.holds };
    });
  return [...names.filter((n) => n.about), ...names.filter((n) => !n.about)].slice(0, MAX_NAMES);
}

export function countryRole(p: Place): CountryRole {
  return p.mapRole ?? (p.natoSince ? 'nato' : 'other');
}

/**
 * The occupied areas a view shows. A screen shows a little more than the bounds (a frame of
 * another shape, padding), so an area counts when it touches the bounds grown by a fifth.
 */
function occupiedNear(places: Map<string, Place>, bounds: Bounds): ViewOccupied[] {
  const [[w, s], [e, n]] = padBounds(bounds, 0.2);
  return [...places].flatMap(([id, p]): ViewOccupied[] => {
    if (!p.occupied || !p.outline) return [];
    const [[ow, os], [oe, on]] = unionBounds(p.outline.map((at) => [at, at]));
    const near = ow <= e && oe >= w && os <= n && on >= s;
    return near ? [{ id, name: p.name, legend: p.occupied.legend }] : [];
  });
}

function viewCountry(id: string, p: Place): ViewCountry {
  const parts = [
    p.natoSince && `NATO since ${p.natoSince}`,
    p.easternFlank && 'eastern flank',
    p.battlegroup && `battlegroup led by ${p.battlegroup.frameworkNation}`,
  ].filter(Boolean);
  return {
    id,
    name: p.name,
    iso: p.isoNumeric!,
    role: countryRole(p),
    ...(p.natoSince ? { natoSince: p.natoSince } : {}),
    ...(parts.length ? { detail: parts.join(' · ') } : {}),
  };
}

function viewPoint(id: string, p: Place, at: LonLat, context: MapContext): ViewPoint {
  const detail = context.reportedBy?.(id);
  return {
    id,
    name: p.mapName ?? p.name,
    kind: p.kind,
    at,
    ...(p.uncertaintyKm ? { uncertaintyKm: p.uncertaintyKm } : {}),
    ...(p.claimStatus ? { claim: CLAIM_LABELS[p.claimStatus] } : {}),
    ...(detail ? { detail } : {}),
  };
}

function viewBorder(id: string, p: Place, place: (id: string) => Place, figures: Map<string, Figure>): ViewBorder {
  const [a, b] = p.borderOf!.map(place);
  if (!a.isoNumeric || !b.isoNumeric) throw new Error(`map: "${id}" is the border of places without isoNumeric`);
  const measures = [...figures.values()].filter((f) => f.topic === id).map((f) => (f.claimant ? `${f.claimant}: ${f.label}` : f.label));
  return { id, name: p.name, between: [a.isoNumeric, b.isoNumeric], measures };
}

/** The outer radius of a ring figure: `valueKm`, or `values.maxKm` for a band. */
function ringKm(id: string, figures: Map<string, Figure>): number {
  const f = figures.get(id);
  if (!f) throw new Error(`map: no figure "${id}" in content/figures/`);
  const km = f.values?.minKm !== undefined && f.values.maxKm !== undefined ? f.values.maxKm : f.valueKm;
  if (!km) throw new Error(`map: figure "${id}" has no valueKm (or values.minKm/maxKm) to draw a ring`);
  return km;
}

/** Half the stretch of a ring kept in view, in degrees of bearing from the centre. */
const ARC_HALF_WIDTH = 12;

/**
 * Boxes around the stretch of a ring nearest the middle of `around`: a ring far larger than the
 * places shown (a 5,500 km reach around Belarus runs out in the Atlantic) is still seen.
 */
export function nearestArc(centre: LonLat, km: number, around: Bounds): Bounds[] {
  const middle: LonLat = [(around[0][0] + around[1][0]) / 2, (around[0][1] + around[1][1]) / 2];
  const towards = greatCircleKm(centre, middle) < 1 ? 180 : bearing(centre, middle);
  return [-ARC_HALF_WIDTH, 0, ARC_HALF_WIDTH].map((turn) => pointBounds(destination(centre, (towards + turn + 360) % 360, km), POINT_MARGIN_KM));
}

/** A figure with `valueKm` is one ring; one with `values.minKm`/`maxKm` is a band (inner and outer ring). */
function viewRings(ring: MapRing, centre: LonLat, bounds: Bounds, figures: Map<string, Figure>, avoid: LonLat[]): ViewRing[] {
  const id = ring.figure;
  const km = ringKm(id, figures);
  const f = figures.get(id)!;
  const who = ring.claimant ?? f.claimant ?? 'Source';
  const band = f.values && f.values.minKm !== undefined && f.values.maxKm !== undefined ? f.values : undefined;
  const reach = band ? `${formatKm(band.minKm)}–${formatKm(km)}` : `up to ${formatKm(km)}`;
  const label = `${capitalise(reach)} — ${who}`;
  const labelAt = ringLabelPoint(centre, km, bounds, avoid) ?? (band ? ringLabelPoint(centre, band.minKm, bounds, avoid) : undefined);
  const enclosesMap = km > farthestKm(centre, REGION);
  return [{ id, centre, km, ...(band ? { innerKm: band.minKm } : {}), label, by: who, reach, ...(labelAt ? { labelAt } : {}), ...(enclosesMap ? { enclosesMap } : {}) }];
}

/**
 * Where a ring's label goes: the point of the ring inside the view that lies farthest from the
 * places to avoid (their own labels sit there); south first among equals (the first tried).
 */
export function ringLabelPoint(centre: LonLat, km: number, bounds: Bounds, avoid: LonLat[] = []): LonLat | undefined {
  const inner = padBounds(bounds, -0.08);
  const clearance = (at: LonLat) => Math.min(Infinity, ...avoid.map((p) => greatCircleKm(at, p)));
  let best: { at: LonLat; clear: number } | undefined;
  for (let heading = 180; heading < 540; heading += 5) {
    const at = destination(centre, heading % 360, km);
    if (!containsPoint(inner, at)) continue;
    const clear = clearance(at);
    if (!best || clear > best.clear) best = { at, clear };
  }
  return best && [round(best.at[0]), round(best.at[1])];
}

function viewDistance(id: string, name: string, siteId: string, from: LonLat, at: LonLat, figures: Map<string, Figure>): ViewDistance {
  // Published distances are the figures about the site the map measures from.
  const reported = [...figures.values()].flatMap((f) =>
    f.topic === siteId && f.values?.[id] !== undefined ? [{ km: f.values[id], by: f.claimant ?? 'Reported' }] : [],
  );
  return { id, name, from, at, computedKm: Math.round(greatCircleKm(from, at) / 5) * 5, reported };
}

/** Where along a path (share of its length from the launch) its label may slide, nearest the middle first. */
const PATH_LABEL_STOPS = [0.35, 0.65, 0.2, 0.8];

function viewPath(index: number, p: MapPath, place: (id: string) => Place, located: (p: Place) => LonLat | undefined): ViewPath {
  const [from, to] = [place(p.from), place(p.to)];
  const [a, b] = [located(from), located(to)];
  if (!a || !b) throw new Error(`map: path ${p.from} → ${p.to} needs coordinates for both places`);
  // The label sits at the middle of the flight (the great circle's midpoint), or slides along it.
  const along = (t: number) => {
    const at = destination(a, bearing(a, b), greatCircleKm(a, b) * t);
    return [round(at[0]), round(at[1])] as LonLat;
  };
  return {
    id: `path-${index}-${p.to}`,
    from: a,
    to: b,
    fromName: from.name,
    toName: to.name,
    claim: p.claim,
    claimant: p.claimant,
    detail: [...p.detail],
    ...(p.note ? { note: p.note } : {}),
    sources: [...p.sources],
    labelAt: along(0.5),
    labelAlong: PATH_LABEL_STOPS.map(along),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const round = (n: number) => Math.round(n * 1000) / 1000;
