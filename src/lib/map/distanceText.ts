/** How distances read on the map and in its legend (no build-time imports: the browser uses this). */
import type { ViewDistance } from './mapView';

export const formatKm = (km: number): string => `${km.toLocaleString('en-GB')} km`;

/** Ours first, labelled "computed", then any published figure that differs: "285 km computed · Reuters: 307 km". */
export function distanceText(d: ViewDistance): string {
  return distanceLines(d).join(' · ');
}

export function distanceLines(d: ViewDistance): string[] {
  return [`${formatKm(d.computedKm)} computed`, ...d.reported.filter((r) => r.km !== d.computedKm).map((r) => `${r.by}: ${formatKm(r.km)}`)];
}
