/** How distances read on the map and in its legend (no build-time imports: the browser uses this). */
import type { ViewDistance } from './mapView';

// One formatter for the module: the first toLocaleString call builds locale data each time and
// costs about a second on a throttled phone.
const KM = new Intl.NumberFormat('en-GB');

export const formatKm = (km: number): string => `${KM.format(km)} km`;

/**
 * Ours first, in a reader's words (the legend says how it is measured), then any published figure
 * that differs: ["285 km away", "Reuters: 307 km"].
 */
export function distanceLines(d: ViewDistance): string[] {
  return [`${formatKm(d.computedKm)} away`, ...d.reported.filter((r) => r.km !== d.computedKm).map((r) => `${r.by}: ${formatKm(r.km)}`)];
}
