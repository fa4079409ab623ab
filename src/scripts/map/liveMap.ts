/**
 * The MapLibre map: a style of same-origin GeoJSON only (no tiles, no glyph server), labels as
 * HTML markers (real text in the page's own fonts), input off during the story.
 */
import { sitePath } from '../../lib/publishing/siteAddress';
import { Map as MapLibre, Marker, NavigationControl, ScaleControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// A URL, not an import: an imported stylesheet would be linked from the page and load with it.
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import { applyView, BORDER_LAYER, OVERLAY_SOURCE } from '../../lib/map/applyView';
import { REGION, WORLD } from '../../lib/geo/regions';
import { fitPadding } from '../../lib/geo/fitPadding';
import { dotsOf, mapLabels, TEXT_SIDES, type MapLabel, type TextSide } from '../../lib/map/mapLabels';
import type { LonLat } from '../../lib/geo/greatCircle';
import { byPriority, calloutBoxes, callsOut, dotBox, honestOptions, leaderLine, placeBoxes, readingPoints } from '../../lib/map/labelLayout';
import type { MapView } from '../../lib/map/mapView';
import type { ViewApplier } from '../story/render';
import type { Explore } from './explore';
import { signalMap } from './mapSignal';
import { COLOURS, MAP, type MapRole } from '../../lib/design/tokens';

setWorkerUrl(workerUrl);

/** A colour per country role, from the design tokens the static maps read too. */
const byRole = (colours: Record<MapRole, string>) => ['match', ['get', 'role'], 'host', colours.host, 'deployer', colours.deployer, 'struck', colours.struck, 'nato', colours.nato, colours.other];
const ROLE = { base: byRole(MAP.base), highlight: byRole(MAP.highlight), edge: byRole(MAP.outline) };
const C = COLOURS;

const SVG = 'http://www.w3.org/2000/svg';
const DOT_RADIUS = 4.5;
const DOT_STROKE = 1.5;

function style(): StyleSpecification {
  const none = ['in', ['get', 'iso'], ['literal', []]];
  const data = sitePath('/map-data/');
  const [[w, s], [e, n]] = WORLD;
  return {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: `${data}basemap.json` },
      world: { type: 'geojson', data: `${data}world.json` },
      sea: { type: 'geojson', data: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } },
      [OVERLAY_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      // Past the drawn world (only near the poles) the sea goes on: no screen shows a blank band.
      { id: 'off-map', type: 'background', paint: { 'background-color': MAP.sea } },
      { id: 'sea', type: 'fill', source: 'sea', paint: { 'fill-color': MAP.sea } },
      // The coarse world around the finer basemap, coloured and highlighted alike (no outline:
      // its shapes are cut where the finer ones take over).
      { id: 'world-countries', type: 'fill', source: 'world', filter: ['has', 'iso'], paint: { 'fill-color': ROLE.base as never } },
      { id: 'world-highlight-fill', type: 'fill', source: 'world', filter: none as never, paint: { 'fill-color': ROLE.highlight as never, 'fill-opacity': 0.99 } },
      { id: 'world-highlight-hatch', type: 'fill', source: 'world', filter: none as never, paint: { 'fill-pattern': 'hatch' } },
      { id: 'world-edges', type: 'line', source: 'world', filter: ['has', 'edge'], paint: { 'line-color': MAP.edge, 'line-width': 0.8 } },
      { id: 'countries', type: 'fill', source: 'basemap', filter: ['has', 'iso'], paint: { 'fill-color': ROLE.base as never } },
      // Just short of opaque: drawn in the same (translucent) pass as the hatching above it, which
      // otherwise hides it in MapLibre's opaque pass.
      { id: 'highlight-fill', type: 'fill', source: 'basemap', filter: none as never, paint: { 'fill-color': ROLE.highlight as never, 'fill-opacity': 0.99 } },
      { id: 'highlight-hatch', type: 'fill', source: 'basemap', filter: none as never, paint: { 'fill-pattern': 'hatch' } },
      { id: 'country-edges', type: 'line', source: 'basemap', filter: ['has', 'edge'], paint: { 'line-color': MAP.edge, 'line-width': 0.8 } },
      {
        id: 'flank-edges',
        type: 'line',
        source: 'basemap',
        filter: ['==', ['get', 'flank'], true],
        paint: { 'line-color': C.nato, 'line-width': 1, 'line-dasharray': [3, 2] },
      },
      { id: 'highlight-edge', type: 'line', source: 'basemap', filter: none as never, paint: { 'line-color': ROLE.edge as never, 'line-width': 2 } },
      // Occupied areas (outlines from content), over any highlight: hatched the other way, dashed edge.
      { id: 'occupied-hatch', type: 'fill', source: 'basemap', filter: ['has', 'occupied'], paint: { 'fill-pattern': 'hatch-occupied' } },
      {
        id: 'occupied-edge',
        type: 'line',
        source: 'basemap',
        filter: ['has', 'occupied'],
        paint: { 'line-color': C.russia, 'line-width': 1.2, 'line-dasharray': [3, 2] },
      },
      {
        id: BORDER_LAYER,
        type: 'line',
        source: 'basemap',
        filter: ['in', ['get', 'place'], ['literal', []]],
        layout: { 'line-cap': 'round' },
        paint: { 'line-color': C.nato, 'line-width': 6 },
      },
      {
        id: 'rings',
        type: 'line',
        source: OVERLAY_SOURCE,
        filter: ['==', ['get', 'kind'], 'ring'],
        paint: { 'line-color': C.ink, 'line-width': 1.5, 'line-dasharray': [4, 3] },
      },
      {
        id: 'paths',
        type: 'line',
        source: OVERLAY_SOURCE,
        filter: ['==', ['get', 'kind'], 'path'],
        layout: { 'line-cap': 'round' },
        paint: { 'line-color': C.accent, 'line-width': 2.5 },
      },
      {
        id: 'distances',
        type: 'line',
        source: OVERLAY_SOURCE,
        filter: ['==', ['get', 'kind'], 'distance'],
        paint: { 'line-color': C['ink-2'], 'line-width': 1.2, 'line-dasharray': [1, 2] },
      },
      { id: 'areas', type: 'fill', source: OVERLAY_SOURCE, filter: ['==', ['get', 'kind'], 'area'], paint: { 'fill-color': C.accent, 'fill-opacity': 0.35 } },
      {
        id: 'area-edges',
        type: 'line',
        source: OVERLAY_SOURCE,
        filter: ['==', ['get', 'kind'], 'area'],
        paint: { 'line-color': C.accent, 'line-width': 2, 'line-dasharray': [2, 1] },
      },
      {
        id: 'points',
        type: 'circle',
        source: OVERLAY_SOURCE,
        filter: ['==', ['get', 'kind'], 'point'],
        paint: { 'circle-radius': DOT_RADIUS, 'circle-color': C.ink, 'circle-stroke-color': C.surface, 'circle-stroke-width': DOT_STROKE },
      },
    ],
  };
}

/**
 * Diagonal hatching: highlighted countries are marked by pattern as well as colour; occupied
 * areas by a darker hatching the other way (as on the static maps).
 */
function hatch(size: number, line: [number, number, number, number], direction: 1 | -1): ImageData {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (direction === 1 ? x + y : x - y + size) % size < 1.5;
      // Premultiplied-safe: a coloured line, not transparent black.
      data.set(onLine ? line : [255, 255, 255, 0], (y * size + x) * 4);
    }
  }
  return new ImageData(data, size, size);
}
const HATCHES: Record<string, () => ImageData> = {
  hatch: () => hatch(8, [90, 60, 60, 90], 1),
  'hatch-occupied': () => hatch(6, [91, 74, 68, 190], -1),
};

/** Every class the label layout may set; each placement sets some of them, from none. */
const PLACEMENT_CLASSES = ['is-crowded', 'is-flipped', 'is-slid-left', 'is-slid-right', 'is-above', 'is-short', 'is-moved', 'is-called-out'];

type Box = { x: number; y: number; width: number; height: number };
/**
 * A way to place a label: its box, the classes that move it there (storyGraphic.css), or a shift in
 * pixels; a called-out label also has its point, for the leader line.
 */
type Placement = { box: Box; classes: string[]; shift?: [number, number]; from?: { x: number; y: number } };

/**
 * Where a label may go, preferred first, given its box where the marker puts it and where its
 * point is on screen. A label beside its point may sit on any side of it (`sides`, the point's
 * own country first); one centred on a line may slide to either side of its point; one hanging
 * under a line may sit above it instead; a country's name may move to other points inside it.
 */
function placements(label: MapLabel, box: Box, point: { x: number; y: number }, project: (at: LonLat) => { x: number; y: number }, lineHeight: number): Placement[] {
  // Last of all, for a label the reader is asked about: called out, with a leader to its point.
  // A country's name may be called out from any of its points.
  const from = [point, ...(label.anchor === 'center' ? (label.alternatives ?? []).map(project) : [])];
  const callouts = callsOut(label)
    ? from.flatMap((p) => calloutBoxes({ ...box, x: box.x + p.x - point.x, y: box.y + p.y - point.y }, p, lineHeight).map((b): Placement => ({ box: b, classes: ['is-moved', 'is-called-out'], shift: [b.x - box.x, b.y - box.y], from: p })))
    : [];
  return [...nearby(label, box, point, project), ...callouts];
}

/** Where a label may go beside, on or along its point (or the other points it may move to). */
function nearby(label: MapLabel, box: Box, point: { x: number; y: number }, project: (at: LonLat) => { x: number; y: number }): Placement[] {
  if (label.anchor === 'left' || label.anchor === 'right') {
    const gap = Math.abs(label.offset[0]);
    const moved = (x: number, y: number, classes: string[] = ['is-moved']): Placement => ({ box: { ...box, x, y }, classes, shift: [x - box.x, y - box.y] });
    const at: Record<TextSide, Placement> = {
      right: { box, classes: [] },
      left: { box: { ...box, x: box.x - box.width - 2 * gap }, classes: ['is-flipped'] },
      below: moved(point.x - box.width / 2, point.y + gap),
      above: moved(point.x - box.width / 2, point.y - gap - box.height),
    };
    // Last resorts: under or over the point, ending or starting at it.
    const ends = [
      moved(point.x - box.width + gap, point.y + gap),
      moved(point.x - gap, point.y + gap),
      moved(point.x - box.width + gap, point.y - gap - box.height),
      moved(point.x - gap, point.y - gap - box.height),
    ];
    return [...(label.sides ?? TEXT_SIDES).map((side) => at[side]), ...ends];
  }
  const half = box.width / 2;
  const row = (b: Box, extra: string[]): Placement[] =>
    label.slides
      ? [
          { box: b, classes: extra },
          { box: { ...b, x: b.x - half }, classes: [...extra, 'is-slid-left'] },
          { box: { ...b, x: b.x + half }, classes: [...extra, 'is-slid-right'] },
        ]
      : [{ box: b, classes: extra }];
  const rows = (b: Box) => (label.anchor === 'top' ? [...row(b, []), ...row({ ...b, y: b.y - b.height - 2 * label.offset[1] }, ['is-above'])] : row(b, []));
  // Elsewhere: a country's name at other points inside it, a path's label further along the path.
  const elsewhere = (label.alternatives ?? []).flatMap((alt): Placement[] => {
    const to = project(alt);
    const [dx, dy] = [to.x - point.x, to.y - point.y];
    return rows({ ...box, x: box.x + dx, y: box.y + dy }).map((p) => ({ ...p, classes: [...p.classes, 'is-moved'], shift: [p.box.x - box.x, p.box.y - box.y] }));
  });
  return [...rows(box), ...elsewhere];
}

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}

export async function startLiveMap(root: HTMLElement, explore: Explore): Promise<ViewApplier> {
  const container = root.querySelector<HTMLElement>('[data-map-live]');
  if (!container) throw new Error('no [data-map-live] container');
  await loadStylesheet(cssUrl);
  const map = new MapLibre({
    container,
    style: style(),
    bounds: REGION,
    // No maxBounds during the story: on a phone the view must sit above the card, so the rest of
    // the screen may reach past the region. Explore mode keeps the reader inside it.
    attributionControl: false,
    // Kept interactive so explore mode can switch handlers on; each one starts off.
    interactive: true,
    scrollZoom: false,
    boxZoom: false,
    dragRotate: false,
    dragPan: false,
    keyboard: false,
    doubleClickZoom: false,
    touchZoomRotate: false,
    touchPitch: false,
  });
  const handlers = [map.scrollZoom, map.dragPan, map.keyboard, map.doubleClickZoom, map.touchZoomRotate, map.boxZoom];
  const navigation = new NavigationControl({ showCompass: false });
  // A scale bar in the top-right corner, clear of the card (phones) and the text column (wide screens).
  map.addControl(new ScaleControl({ maxWidth: 120, unit: 'metric' }), 'top-right');
  let markers: Marker[] = [];
  let labels: MapLabel[] = [];
  let shown: MapView | undefined;

  const legend = root.querySelector<HTMLElement>('[data-map-legend]');
  const padding = () => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    // The legend sits over the bottom-right corner, 0.75rem from the edges.
    const corner = legend?.offsetHeight ? { width: legend.offsetWidth + 0.75 * rem, height: legend.offsetHeight + 0.75 * rem } : undefined;
    return fitPadding(container.clientWidth, container.clientHeight, corner, rem);
  };
  const showLabels = (view: MapView) => {
    markers.forEach((m) => m.remove());
    labels = mapLabels(view).sort(byPriority);
    markers = labels.map((label) => {
      const el = document.createElement('div');
      el.className = `map-label map-label--${label.kind}`;
      el.append(label.text);
      for (const line of label.detail ?? []) {
        const small = document.createElement('small');
        small.textContent = line;
        el.append(small);
      }
      return new Marker({ element: el, anchor: label.anchor, offset: label.offset }).setLngLat(label.at).addTo(map);
    });
  };
  /**
   * Hides labels that collide with a more important one, cover another place's dot or leave the
   * map, once the camera rests.
   */
  const declutter = () => {
    const whole = container.getBoundingClientRect();
    const seen = visibleArea(whole);
    // Screen points relative to the area seen.
    const project = (at: LonLat) => {
      const { x, y } = map.project(at);
      return { x: x - (seen.x - whole.left), y: y - (seen.y - whole.top) };
    };
    // The country drawn under a point of the visible area (asked of the same spots many times).
    const countries = new Map<string, string | undefined>();
    const countryUnder = ({ x, y }: { x: number; y: number }) => {
      const at: [number, number] = [Math.round(x + seen.x - whole.left), Math.round(y + seen.y - whole.top)];
      const key = at.join(',');
      if (!countries.has(key)) countries.set(key, map.queryRenderedFeatures(at, { layers: ['countries', 'world-countries'] })[0]?.properties.iso);
      return countries.get(key);
    };
    const options = markers.map((m, i) => {
      const el = m.getElement();
      el.classList.remove(...PLACEMENT_CLASSES);
      el.style.removeProperty('translate');
      const measure = () => {
        const r = el.getBoundingClientRect();
        return { x: r.left - seen.x, y: r.top - seen.y, width: r.width, height: r.height };
      };
      const point = project(labels[i].at);
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 15;
      const full = placements(labels[i], measure(), point, project, lineHeight);
      // A path's label may drop its further lines (the legend keeps them) when the whole fits
      // nowhere; a country's name its detail ("NATO since …").
      const shortens = labels[i].kind === 'path' ? (labels[i].detail?.length ?? 0) > 1 : labels[i].kind === 'country' && Boolean(labels[i].detail);
      let all = full;
      if (shortens) {
        el.classList.add('is-short');
        const short = placements(labels[i], measure(), point, project, lineHeight).map((o) => ({ ...o, classes: [...o.classes, 'is-short'] }));
        el.classList.remove('is-short');
        all = [...full, ...short];
      }
      return honestOptions(all, labels[i].home, (o) => readingPoints(o.box).map(countryUnder), (o) => Boolean(o.from));
    });
    const dots = shown
      ? dotsOf(shown).map(({ id, at }) => {
          const { x, y } = project(at);
          return { id, box: dotBox(x, y, DOT_RADIUS + DOT_STROKE) };
        })
      : [];
    // The open legend, the scale bar and the explore button cover their corners of the map: no label goes under them.
    const explore = root.querySelector<HTMLElement>('[data-map-explore]:not([hidden])');
    for (const [id, el] of [['legend', legend], ['scale', container.querySelector('.maplibregl-ctrl-scale')], ['explore', explore]] as const) {
      const r = el?.getBoundingClientRect();
      if (r?.width) dots.push({ id, box: { x: r.left - seen.x, y: r.top - seen.y, width: r.width, height: r.height } });
    }
    const clearOf = (label: MapLabel) => (label.kind === 'country' ? 0 : DOT_RADIUS + DOT_STROKE + 1);
    const candidates = options.map((o, i) => ({
      id: labels[i].id,
      boxes: o.map((x) => x.box),
      leaders: o.map((x) => x.from && leaderLine(x.box, x.from, clearOf(labels[i]))),
    }));
    const lines: SVGLineElement[] = [];
    placeBoxes(candidates, seen, dots).forEach((choice, i) => {
      const el = markers[i].getElement();
      if (choice === undefined) return el.classList.add('is-crowded');
      const { box, classes, shift, from } = options[i][choice];
      el.classList.add(...classes);
      // A shift adds to the marker's own transform (the translate property composes with it).
      if (shift) el.style.translate = `${Math.round(shift[0])}px ${Math.round(shift[1])}px`;
      if (from) lines.push(leader(leaderLine(box, from, clearOf(labels[i])), seen.y - whole.top));
    });
    leaders.replaceChildren(...lines);
  };
  /** A leader line in the map's own coordinates, from a line in the visible area's (which starts `top` lower). */
  const leader = ([x1, y1, x2, y2]: number[], top: number) => {
    const line = document.createElementNS(SVG, 'line');
    for (const [name, value] of Object.entries({ x1, y1: y1 + top, x2, y2: y2 + top })) line.setAttribute(name, String(value));
    return line;
  };
  /** The part of the map a reader sees: all of it but the strip under the progress bar. */
  const visibleArea = (whole: DOMRect) => {
    const top = Math.max(0, padding().top - 12);
    return { x: whole.left, y: whole.top + top, width: whole.width, height: whole.height - top };
  };
  // Leader lines for called-out labels: drawn under the labels, cleared while the map moves.
  const leaders = document.createElementNS(SVG, 'svg');
  leaders.classList.add('map-leaders');
  leaders.setAttribute('aria-hidden', 'true');
  map.getCanvasContainer().append(leaders);
  map.on('movestart', () => leaders.replaceChildren());
  map.on('moveend', declutter);
  /** The live layer is shown over the static map only once it has drawn a whole view (storyGraphic.css). */
  const reveal = () => {
    root.classList.add('is-live');
    container.dataset.ready = 'true';
    signalMap('live');
  };
  /**
   * A signal for tests and tools, nothing reads it: data-map="idle" once the camera rests, the view
   * is drawn and the labels are laid out (the frame after MapLibre's idle, so after declutter), with
   * the map's visible extent (west,south,east,north) to project places on screen.
   */
  let applied = 0;
  const signalIdle = (view: number) =>
    map.once('idle', () =>
      requestAnimationFrame(() => {
        if (view !== applied) return;
        const b = map.getBounds();
        container.dataset.mapBounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].join(',');
        container.dataset.map = 'idle';
      }),
    );
  const apply: ViewApplier = (state, options) => {
    // Subscribed once the steps' views have loaded (main.ts): a state always has its map here.
    if (!state.map) return;
    if (!shown) map.once('idle', reveal);
    if (state.map !== shown) showLabels(state.map);
    shown = state.map;
    container.dataset.map = 'moving';
    signalIdle(++applied);
    applyView(map, state.map, { animate: options.animate, padding: padding() });
    if (!options.animate) requestAnimationFrame(declutter);
    container.dataset.showing = state.chapterId;
    container.dataset.showingStep = state.stepId;
  };

  explore.onChange((exploring) => {
    handlers.forEach((h) => (exploring ? h.enable() : h.disable()));
    map.setMaxBounds(exploring ? REGION : null);
    if (exploring) {
      map.addControl(navigation, 'bottom-right');
      map.getCanvas().setAttribute('aria-label', 'Map of the region: use arrow keys to pan, plus and minus to zoom');
      map.getCanvas().focus();
    } else {
      if (map.hasControl(navigation)) map.removeControl(navigation);
      if (shown) applyView(map, shown, { animate: false, padding: padding() });
    }
  });
  new ResizeObserver(() => shown && !root.classList.contains('is-exploring') && applyView(map, shown, { animate: false, padding: padding() })).observe(container);

  // The hatching is generated, not fetched: supplied the moment the style first asks for it.
  map.setMissingStyleImageResolver((id) => {
    if (HATCHES[id] && !map.hasImage(id)) map.addImage(id, HATCHES[id]());
  });
  return new Promise((resolve, reject) => {
    map.once('load', () => resolve(apply));
    // Once loaded, a later error (a settled promise ignores it) leaves the map as it is.
    map.on('error', (e) => reject(e.error ?? new Error('map error')));
  });
}
