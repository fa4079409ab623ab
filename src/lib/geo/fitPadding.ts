/**
 * Where the map's focus area is on screen. On wide screens the story text sits in a column on
 * the left, so views are fitted into the space to its right; on phones the text cards scroll over
 * the full-width map, so views are fitted above the card. Mirrors the story layout in index.astro.
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

export function fitPadding(width: number, height: number, remPx = 16): Padding {
  const edge = Math.round(Math.max(12, Math.min(width, height) * 0.04));
  if (width >= WIDE_MIN_REM * remPx) {
    const margin = Math.min(3 * remPx, Math.max(remPx, width * 0.04));
    const column = Math.min(COLUMN_REM * remPx + margin + remPx, width * 0.55);
    return { top: TOP_BAR_PX + edge, right: edge, bottom: edge, left: Math.round(column) };
  }
  return { top: TOP_BAR_PX + edge, right: edge, bottom: Math.round(height * 0.42), left: edge };
}
