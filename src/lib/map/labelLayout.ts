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

/** A line from a called-out label to its point: x1, y1, x2, y2. */
export type Leader = [number, number, number, number];

/** A label's possible boxes, preferred first, and the id of the place it names; a called-out box has its leader. */
export interface LabelOptions {
  id?: string;
  boxes: Box[];
  /** The leader of each box that has one, by index. */
  leaders?: (Leader | undefined)[];
}

/** Whether two segments cross (touching ends do not count). */
function crosses([ax, ay, bx, by]: Leader, [cx, cy, dx, dy]: Leader): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 && side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0;
}

/** Whether a segment passes through a box (its edges as segments, or an end inside it). */
function cuts(line: Leader, b: Box): boolean {
  const inside = (x: number, y: number) => x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height;
  const [x0, y0, x1, y1] = [b.x, b.y, b.x + b.width, b.y + b.height];
  const edges: Leader[] = [[x0, y0, x1, y0], [x1, y0, x1, y1], [x1, y1, x0, y1], [x0, y1, x0, y0]];
  return inside(line[0], line[1]) || inside(line[2], line[3]) || edges.some((e) => crosses(line, e));
}

/**
 * For each label, in the order given, the first of its boxes that fits the frame, misses every
 * label already placed and covers no dot but its own, and whose own leader, if any, misses the
 * other dots and crosses no leader already drawn; undefined where none does.
 */
export function placeBoxes(labels: LabelOptions[], frame: { width: number; height: number }, dots: Dot[] = []): (number | undefined)[] {
  const placed: Box[] = [];
  const lines: Leader[] = [];
  return labels.map(({ id, boxes, leaders = [] }) => {
    const others = dots.filter((d) => d.id !== id).map((d) => d.box);
    // A leader may pass under a label (its halo hides it there), never through a dot or across another leader.
    const free = (box: Box, leader?: Leader) =>
      within(box, frame) &&
      ![...placed, ...others].some((p) => overlaps(p, box)) &&
      !(leader && (others.some((d) => cuts(leader, d)) || lines.some((l) => crosses(l, leader))));
    const index = boxes.findIndex((box, i) => free(box, leaders[i]));
    if (index < 0) return undefined;
    placed.push(boxes[index]);
    if (leaders[index]) lines.push(leaders[index]!);
    return index;
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
/**
 * How far from its point the near edge of a called-out label may sit, in label line heights,
 * nearest first: never more than three, so a leader stays short and plainly points at its place.
 */
export const CALLOUT_REACH = [1.2, 2, 3];

/** A label's box moved off its point in each callout direction and distance, nearest first. */
export function calloutBoxes(box: Box, point: { x: number; y: number }, lineHeight: number): Box[] {
  return CALLOUT_REACH.flatMap((lines) =>
    CALLOUT_DIRECTIONS.map(([dx, dy]) => {
      const reach = lines * lineHeight;
      const k = dx && dy ? Math.SQRT1_2 : 1;
      const [cx, cy] = [point.x + dx * (reach * k + box.width / 2), point.y + dy * (reach * k + box.height / 2)];
      return { ...box, x: cx - box.width / 2, y: cy - box.height / 2 };
    }),
  );
}

/**
 * A label's ways to be placed, those that keep it over its own country (`home`) or the sea first:
 * "Kapustin Yar" over Ukraine reads as a Ukrainian place. A label is read where its middle is, so
 * its middle and at least one of its ends must be home (the sea is no other country). Only when
 * none of those is free may it sit beside its point over a neighbour (a name wider than its
 * country, a site near a border), starting or ending at its own dot; never called out there.
 */
export function honestOptions<T>(options: T[], home: string | undefined, countriesUnder: (option: T) => (string | undefined)[], calledOut: (option: T) => boolean): T[] {
  if (!home) return options;
  const ok = (c: string | undefined) => c === undefined || c === home;
  const honest = options.map((o) => {
    const [start, middle, end] = countriesUnder(o);
    return ok(middle) && (ok(start) || ok(end));
  });
  return [...options.filter((_, i) => honest[i]), ...options.filter((o, i) => !honest[i] && !calledOut(o))];
}

/** Where a label is read as lying: across the middle of its box, near its start, at its centre and near its end. */
export const readingPoints = (b: Box): { x: number; y: number }[] => [0.2, 0.5, 0.8].map((t) => ({ x: b.x + b.width * t, y: b.y + b.height / 2 }));

/** The leader from near a point (clear of its dot) to the nearest edge of its called-out label: x1, y1, x2, y2. */
export function leaderLine(box: Box, point: { x: number; y: number }, clear = 6): Leader {
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
