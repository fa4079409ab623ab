/** The parts of the world the maps draw. Kept apart from the basemap so browser code can import it without the geometry. */
import type { Bounds } from './bounds';

/**
 * What the basemap covers, chapters fit within and explore mode can show: Europe to the Urals and
 * the Caspian, and south-west far enough for the range ring of up to 5,500 km around Belarus
 * (it runs through West Africa). A story view on a phone may show more around it (under the
 * card), drawn from the coarse world (WORLD).
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

/**
 * Where the static maps also have Natural Earth's finer (1:50m) borders: Belarus and its
 * neighbours, where the closest views are. A static view whose window lies inside it is drawn
 * from the finer shapes; kept small, as every page with static maps carries them.
 */
export const STATIC_FINE_REGION: Bounds = [
  [21.5, 49.5],
  [40, 58],
];

/**
 * Where the basemap has Natural Earth's finer (1:50m) borders: wherever a view may come close
 * (Belarus, its neighbours, the strikes, NATO's flank, the capitals of Europe). Wider views,
 * which show more than this, get the coarse world around it: at their scale 1:110m is enough.
 */
export const FINE_REGION: Bounds = [
  [-12, 34],
  [56, 70],
];

/**
 * The coarse world drawn around the finer basemap, so no screen shows blank paper: a wide view on a
 * phone (the fitted view sits above the card) reaches far past the region.
 */
export const WORLD: Bounds = [
  [-180, -60],
  [180, 84],
];

/** The world without a box, as four boxes (west, east, south, north): where the coarse world is drawn. */
export function aroundRegion([[w, s], [e, n]]: Bounds = FINE_REGION, [[W, S], [E, N]]: Bounds = WORLD): Bounds[] {
  return [
    [[W, S], [w, N]],
    [[e, S], [E, N]],
    [[w, S], [e, s]],
    [[w, n], [e, N]],
  ];
}
