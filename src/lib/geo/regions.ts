/** The parts of the world the maps draw. Kept apart from the basemap so browser code can import it without the geometry. */
import type { Bounds } from './bounds';

/** Everything a chapter or the explore mode can show: Europe to the Urals and the Caspian. */
export const REGION: Bounds = [
  [-25, 30],
  [70, 72],
];

/** The static maps cover less: Europe around Belarus, to keep pages light. */
export const STATIC_REGION: Bounds = [
  [-12, 34],
  [60, 68],
];
