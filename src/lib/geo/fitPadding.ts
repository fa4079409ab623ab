/**
 * Where the map's focus area is on screen. On wide screens the story text sits in a column on
 * the left, so views are fitted into the space to its right; on phones the text cards scroll over
 * the full-width map, so views are fitted above the card. Mirrors the story layout in index.astro
 * and global.css.
 */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The story's side-by-side layout starts at this container width (56rem). */
export const WIDE_MIN_REM = 56;
/** Text column: max 30rem plus its margin (clamp(1rem, 4vw, 3rem)) and a gap. */
const COLUMN_REM = 30;
/** The sticky progress bar over the top of the map. */
const TOP_BAR_PX = 48;
/**
 * On phones, where a chapter's card starts once the reader arrives at it (by its link, or its
 * "Next" link): the page's scroll-padding-top (3.5rem) plus the chapter's top padding (35vh).
 */
const CARD_TOP_REM = 3.5;
const CARD_TOP_SHARE = 0.35;

/** Size of a box over the map's bottom-right corner (the legend), including its margin. */
export interface Corner {
  width: number;
  height: number;
}

/**
 * The padding to fit views into. A legend in the bottom-right corner is kept clear of the focus
 * area: beside it or above it, whichever leaves the larger area.
 */
export function fitPadding(width: number, height: number, remPx = 16, legend: Corner = { width: 0, height: 0 }): Padding {
  const edge = Math.round(Math.max(12, Math.min(width, height) * 0.04));
  const top = TOP_BAR_PX + edge;
  if (width >= WIDE_MIN_REM * remPx) {
    const margin = Math.min(3 * remPx, Math.max(remPx, width * 0.04));
    const left = Math.round(Math.min(COLUMN_REM * remPx + margin + remPx, width * 0.55));
    const bottom = Math.round(Math.max(edge, legend.height + edge / 2));
    const right = Math.round(Math.max(edge, legend.width + edge / 2));
    const above = (width - left - edge) * (height - top - bottom);
    const beside = (width - left - right) * (height - top - edge);
    return above >= beside ? { top, right: edge, bottom, left } : { top, right, bottom: edge, left };
  }
  // On phones the card covers everything below its top, the legend included.
  const card = height - (CARD_TOP_REM * remPx + CARD_TOP_SHARE * height) + edge;
  return { top, right: edge, bottom: Math.round(Math.max(card, legend.height + edge / 2)), left: edge };
}
