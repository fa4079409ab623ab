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
