/**
 * Keeps map labels from overlapping: labels are placed greedily in order of importance and a
 * label that would collide with one already placed, or cover another place's dot, is left off
 * the map (every place stays in the legend and the "map as list"). Used with estimated boxes for
 * the static SVG and with measured boxes for the live map.
 */
import type { MapLabel } from './mapLabels';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Among labels of equal standing, most important first: the reported site, the range it is said
 * to reach and the flights that were made (what a reader asks first: can it reach us?), its
 * distances, then the shapes, then places, which outrank country names (a country is still there
 * without its name; a place without its label is a bare dot).
 */
export const LABEL_PRIORITY: MapLabel['kind'][] = ['site', 'ring', 'path', 'distance', 'border', 'point', 'country'];

/** The chapter's own places first, then by kind; stable, so ties keep the order given. */
export const byPriority = (a: MapLabel, b: MapLabel): number =>
  Number(!a.highlighted) - Number(!b.highlighted) || LABEL_PRIORITY.indexOf(a.kind) - LABEL_PRIORITY.indexOf(b.kind);

export const overlaps = (a: Box, b: Box, gap = 2): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

export const within = (box: Box, frame: { width: number; height: number }): boolean =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= frame.width && box.y + box.height <= frame.height;

/** A drawn point marker, and whose it is: a label may touch its own dot, never another's. */
export interface Dot {
  id: string;
  box: Box;
}

/** A label's possible boxes, preferred first, and the id of the place it names. */
export interface LabelOptions {
  id?: string;
  boxes: Box[];
}

/**
 * For each label, in the order given, the first of its boxes that fits the frame, misses every
 * label already placed and covers no dot but its own; undefined where none does.
 */
export function placeBoxes(labels: LabelOptions[], frame: { width: number; height: number }, dots: Dot[] = []): (number | undefined)[] {
  const placed: Box[] = [];
  return labels.map(({ id, boxes }) => {
    const others = dots.filter((d) => d.id !== id).map((d) => d.box);
    const index = boxes.findIndex((box) => within(box, frame) && ![...placed, ...others].some((p) => overlaps(p, box)));
    if (index >= 0) placed.push(boxes[index]);
    return index >= 0 ? index : undefined;
  });
}

/**
 * Kinds of label a reader may be asked about by name: when no spot beside its point is free, such a
 * label is called out (set further off with a leader line to its point) rather than left off.
 */
const CALLED_OUT: MapLabel['kind'][] = ['site', 'point', 'distance', 'country'];
export const callsOut = (label: MapLabel): boolean => label.highlighted && CALLED_OUT.includes(label.kind);

/** Directions a called-out label may sit in from its point: level first (a level leader reads best). */
const CALLOUT_DIRECTIONS: [number, number][] = [[1, 0], [-1, 0], [1, -1], [-1, -1], [1, 1], [-1, 1], [0, -1], [0, 1]];
/** How far from its point (px, or frame units) the near edge of a called-out label may sit, nearest first. */
const CALLOUT_REACH = [24, 44, 70, 100, 140];

/** A label's box moved off its point in each callout direction and distance, nearest first. */
export function calloutBoxes(box: Box, point: { x: number; y: number }): Box[] {
  return CALLOUT_REACH.flatMap((reach) =>
    CALLOUT_DIRECTIONS.map(([dx, dy]) => {
      const k = dx && dy ? Math.SQRT1_2 : 1;
      const [cx, cy] = [point.x + dx * (reach * k + box.width / 2), point.y + dy * (reach * k + box.height / 2)];
      return { ...box, x: cx - box.width / 2, y: cy - box.height / 2 };
    }),
  );
}

/** The leader from near a point (clear of its dot) to the nearest edge of its called-out label: x1, y1, x2, y2. */
export function leaderLine(box: Box, point: { x: number; y: number }, clear = 6): [number, number, number, number] {
  const x = Math.min(Math.max(point.x, box.x), box.x + box.width);
  const y = Math.min(Math.max(point.y, box.y), box.y + box.height);
  const length = Math.hypot(x - point.x, y - point.y) || 1;
  const r = (v: number) => Math.round(v * 10) / 10;
  return [r(point.x + ((x - point.x) * clear) / length), r(point.y + ((y - point.y) * clear) / length), r(x), r(y)];
}

/** A square around a dot of the given radius (stroke included). */
export const dotBox = (x: number, y: number, radius: number): Box => ({ x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius });

/** A rough text box: average glyph width of a sans-serif face, uppercase wider. */
export function estimateBox(label: MapLabel, x: number, y: number, fontSize: number, side: 'left' | 'right' | 'center'): Box {
  const glyph = label.kind === 'country' ? 0.72 : 0.56;
  const lines = label.detail ?? [];
  const width = Math.max(label.text.length * glyph * fontSize, ...lines.map((l) => l.length * 0.5 * fontSize));
  const height = fontSize * (1.2 + lines.length);
  const left = side === 'center' ? x - width / 2 : side === 'left' ? x + 7 : x - 7 - width;
  return { x: left, y: y - fontSize * 0.6, width, height };
}
