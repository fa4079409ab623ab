/**
 * Where the map's focus area is on screen. The story keeps text off the map (index.astro): on
 * wide screens the map has a column of its own, on phones the top half of the screen. Only the
 * sticky progress bar over its top and the legend in its bottom-right corner cover it.
 */
import { STORY } from '../design/tokens';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}


/** Size of a box over the map's bottom-right corner (the legend), including its margin. */
export interface Corner {
  width: number;
  height: number;
}

/**
 * The padding to fit views into. A legend in the bottom-right corner is kept clear of the focus
 * area: beside it or above it, whichever leaves the larger area.
 */
export function fitPadding(width: number, height: number, legend: Corner = { width: 0, height: 0 }, remPx = 16): Padding {
  const edge = Math.round(Math.max(12, Math.min(width, height) * 0.04));
  // The sticky progress bar over the top of the map.
  const top = Math.round(STORY.barRem * remPx) + edge;
  const bottom = Math.round(Math.max(edge, legend.height + edge / 2));
  const right = Math.round(Math.max(edge, legend.width + edge / 2));
  const above = (width - 2 * edge) * (height - top - bottom);
  const beside = (width - edge - right) * (height - top - edge);
  return above >= beside ? { top, right: edge, bottom, left: edge } : { top, right, bottom: edge, left: edge };
}
