/**
 * Text blocks for the chapter graphics: wrapped lines at a position, sized with the timeline's
 * width estimate (which errs wide), so layouts can stack them without measuring in a browser.
 */
import { wrapWords } from '../time/timelineLayout';

export interface TextBlock {
  lines: string[];
  /** Left edge (or centre, when anchored middle) and the first line's baseline. */
  x: number;
  y: number;
  size: number;
  /** Height the lines take, baseline offsets included. */
  height: number;
}

export const lineHeight = (size: number): number => Math.round(size * 1.25);

/** Wraps `text` to `width` at font `size`, its top edge at `top`. */
export function textBlock(text: string, x: number, top: number, width: number, size: number): TextBlock {
  const lines = wrapWords(text, width, size);
  return { lines, x: round(x), y: round(top + size * 0.9), size, height: lines.length * lineHeight(size) };
}

export const round = (n: number): number => Math.round(n * 10) / 10;

/** Below this many SVG units a graphic takes its narrow (phone) arrangement. */
export const NARROW_BELOW = 560;
