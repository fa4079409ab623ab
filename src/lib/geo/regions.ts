/** The parts of the world the maps draw. Kept apart from the basemap so browser code can import it without the geometry. */
import type { Bounds } from './bounds';

/**
 * What the basemap covers, chapters fit within and explore mode can show: Europe to the Urals and
 * the Caspian, and south-west far enough for the range ring of up to 5,500 km around Belarus
 * (it runs through West Africa). A story view on a phone may show more around it (under the
 * card), drawn as blank paper.
 */
export const REGION: Bounds = [
  [-34, 10],
  [70, 72],
];

/** The static maps cover less to the north and east, to keep pages light. */
export const STATIC_REGION: Bounds = [
  [-34, 10],
  [60, 68],
];
