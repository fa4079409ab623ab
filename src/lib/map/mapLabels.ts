/**
 * The text labels of a map view, shared by the MapLibre map (HTML markers) and the static SVG:
 * which places get a label, what it says, and which side of its point it sits on.
 */
import { distanceLines } from './distanceText';
import type { MapView } from './mapView';
import type { LonLat } from '../geo/greatCircle';

export interface MapLabel {
  /** The place (or, for a ring, the figure) it names. */
  id: string;
  /** One of the places the chapter is about (view.highlight), not context. */
  highlighted: boolean;
  kind: 'country' | 'point' | 'site' | 'distance' | 'ring' | 'path' | 'border';
  text: string;
  /** Smaller lines under the name: a claim label, a year, distances. */
  detail?: string[];
  at: LonLat;
  /** Where the text sits around its point: centred on it, beside it (left/right edge at it), or hanging under it. */
  anchor: 'center' | 'left' | 'right' | 'top';
  /** Pixel offset from the point, away from its marker. */
  offset: [number, number];
  /** A centred label on a line (a ring, a path) may slide to either side of its point when crowded. */
  slides?: boolean;
  /** For a label beside a point: where its text may sit, preferred first (inside the point's own country first). */
  sides?: TextSide[];
  /** The country (basemap id) of what it names: a place's or a country's name is never set over another country. */
  home?: string;
  /** Other points it may be anchored at instead, preferred first (a country's name: other places inside it; a path's: points along it). */
  alternatives?: LonLat[];
}

/** Where a point's text sits around it. */
export type TextSide = 'right' | 'left' | 'below' | 'above';
export const TEXT_SIDES: TextSide[] = ['right', 'left', 'below', 'above'];

export function mapLabels(view: MapView): MapLabel[] {
  const labels: MapLabel[] = [];
  const distanceIds = new Set(view.distances.map((d) => d.id));
  const of = (id: string) => ({ id, highlighted: view.highlight.includes(id) });
  for (const c of view.countries) {
    if (c.labelAt) {
      const also = c.labelAlso?.length ? { alternatives: c.labelAlso } : {};
      labels.push({ ...of(c.id), home: c.iso, kind: 'country', text: c.name, ...(c.natoSince ? { detail: [`NATO since ${c.natoSince}`] } : {}), at: c.labelAt, anchor: 'center', offset: [0, 0], ...also });
    }
  }
  // Countries named for context; the ones holding the chapter's places rank with its own labels.
  for (const n of view.names) {
    const [at, ...also] = n.at;
    labels.push({ id: `country-${n.iso}`, highlighted: n.about, home: n.iso, kind: 'country', text: n.name, at, anchor: 'center', offset: [0, 0], ...(also.length ? { alternatives: also } : {}) });
  }
  for (const p of view.points.filter((p) => !distanceIds.has(p.id))) {
    // The reported site is what the story is about: always ranked with the chapter's own places.
    labels.push({ ...of(p.id), ...(p.uncertaintyKm ? { highlighted: true } : {}), ...home(p.country), kind: p.uncertaintyKm ? 'site' : 'point', text: p.name, ...(p.claim ? { detail: [p.claim] } : {}), at: p.at, anchor: 'left', offset: [p.uncertaintyKm ? 14 : 8, 0], sides: p.sides ?? TEXT_SIDES });
  }
  for (const b of view.borders) if (b.labelAt) labels.push({ ...of(b.id), kind: 'border', text: b.name, at: b.labelAt, anchor: 'right', offset: [-10, 0] });
  // The figure, with who gives it under it: narrower than one long line across the ring. Rings and
  // paths are what the chapter says, so they rank with its own places.
  for (const r of view.rings) if (r.labelAt) labels.push({ id: r.id, highlighted: true, kind: 'ring', text: capitalise(r.reach), detail: [r.by], at: r.labelAt, anchor: 'center', offset: [0, 0], slides: true });
  for (const p of view.paths) {
    const along = p.labelAlong.length ? { alternatives: p.labelAlong } : {};
    labels.push({ id: p.id, highlighted: true, kind: 'path', text: p.claim, detail: [p.claimant, ...p.detail], at: p.labelAt, anchor: 'top', offset: [0, 12], slides: true, ...along });
  }
  for (const d of view.distances) {
    const sides = view.points.find((p) => p.id === d.id)?.sides ?? TEXT_SIDES;
    // The chapter asked for these distances: they rank with its own places.
    labels.push({ id: d.id, highlighted: true, ...home(d.country), kind: 'distance', text: d.name, detail: distanceLines(d), at: d.at, anchor: 'left', offset: [8, 0], sides });
  }
  return labels;
}

/**
 * The names a reader must find on the map: the countries it highlights and every place it
 * highlights (the reported site among them). Countries that only hold a place rank high for a
 * label (names with `about`) but may yield to the places themselves on a crowded phone map.
 */
export function requiredNames(view: MapView): string[] {
  return [...view.countries.map((c) => c.name), ...view.points.map((p) => p.name)];
}

/** The places drawn as dots (an uncertain site is an area instead), by id: points, distance ends, path ends. */
export function dotsOf(view: MapView): { id: string; at: LonLat }[] {
  const dots = view.points.filter((p) => !p.uncertaintyKm).map(({ id, at }) => ({ id, at }));
  for (const d of view.distances) if (!dots.some((p) => p.id === d.id)) dots.push({ id: d.id, at: d.at });
  const taken = (at: LonLat) => view.points.some((p) => p.at[0] === at[0] && p.at[1] === at[1]) || dots.some((d) => d.at[0] === at[0] && d.at[1] === at[1]);
  for (const p of view.paths) for (const [end, at] of [['from', p.from], ['to', p.to]] as const) if (!taken(at)) dots.push({ id: `${p.id}-${end}`, at });
  return dots;
}

const home = (iso: string | undefined) => (iso ? { home: iso } : {});
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
