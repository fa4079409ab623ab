/** The parts of the world the maps draw. Kept apart from the basemap so browser code can import it without the geometry. */
import type { Bounds } from './bounds';

/**
 * What the basemap covers, chapters fit within and explore mode can show: Europe to the Urals and
 * the Caspian. A story view on a phone may show more around it (under the card), drawn as blank paper.
 */
export const REGION: Bounds = [
  [-25, 30],
  [70, 72],
];

/** The static maps cover less: Europe around Belarus, to keep pages light. */
export const STATIC_REGION: Bounds = [
  [-12, 34],
  [60, 68],
];
