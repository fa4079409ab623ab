/**
 * Keeps map labels from overlapping: labels are placed greedily in order of importance and a
 * label that would collide with one already placed is left off the map (every place stays in the
 * legend and the "map as list"). Used with estimated boxes for the static SVG and with measured
 * boxes for the live map.
 */
import type { MapLabel } from './mapLabels';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Most important first: the reported site and its distances, then the shapes, then places. Ring
 * labels come last: the legend names every ring, while a place without its label is a bare dot.
 */
export const LABEL_PRIORITY: MapLabel['kind'][] = ['site', 'distance', 'border', 'country', 'point', 'ring'];

export const byPriority = (a: MapLabel, b: MapLabel): number => LABEL_PRIORITY.indexOf(a.kind) - LABEL_PRIORITY.indexOf(b.kind);

export const overlaps = (a: Box, b: Box, gap = 2): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

export const within = (box: Box, frame: { width: number; height: number }): boolean =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= frame.width && box.y + box.height <= frame.height;

/**
 * For each label, in the order given, the first of its candidate boxes that fits the frame and
 * misses every label already placed; undefined where none does.
 */
export function placeBoxes(candidates: Box[][], frame: { width: number; height: number }): (number | undefined)[] {
  const placed: Box[] = [];
  return candidates.map((options) => {
    const index = options.findIndex((box) => within(box, frame) && !placed.some((p) => overlaps(p, box)));
    if (index >= 0) placed.push(options[index]);
    return index >= 0 ? index : undefined;
  });
}

/** A rough text box: average glyph width of a sans-serif face, uppercase wider. */
export function estimateBox(label: MapLabel, x: number, y: number, fontSize: number, side: 'left' | 'right' | 'center'): Box {
  const glyph = label.kind === 'country' ? 0.72 : 0.56;
  const lines = label.detail ?? [];
  const width = Math.max(label.text.length * glyph * fontSize, ...lines.map((l) => l.length * 0.5 * fontSize));
  const height = fontSize * (1.2 + lines.length);
  const left = side === 'center' ? x - width / 2 : side === 'left' ? x + 7 : x - 7 - width;
  return { x: left, y: y - fontSize * 0.6, width, height };
}
