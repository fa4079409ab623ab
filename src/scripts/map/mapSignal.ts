/**
 * A signal for tests and tools, nothing reads it: html[data-map-mode] says how far the story's
 * map has come. "loading" once its code is asked for, then "live" (MapLibre drew a first view)
 * or "static" (no WebGL, or the live map failed: the static maps stay).
 */
export type MapMode = 'loading' | 'live' | 'static';

export function signalMap(mode: MapMode): void {
  document.documentElement.dataset.mapMode = mode;
}
