/** A scale bar's length: the longest round distance (1, 2 or 5 times a power of ten km) that fits. */
export interface ScaleBar {
  km: number;
  /** Its length in the map's units. */
  length: number;
  label: string;
}

/** The largest 1, 2 or 5 × 10ⁿ not above the given number (a round figure a reader can use). */
export function roundDown(value: number): number {
  if (!(value > 0)) throw new Error(`scale bar: no round figure below ${value}`);
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [5, 2, 1].find((m) => m * power <= value * (1 + 1e-9))!;
  return step * power;
}

/**
 * A bar at most `maxLength` map units long, given how many map units a kilometre takes where it
 * is drawn (on Mercator that depends on the latitude: measure it at the view's middle).
 */
export function scaleBar(unitsPerKm: number, maxLength: number): ScaleBar {
  const km = roundDown(maxLength / unitsPerKm);
  return { km, length: Math.round(km * unitsPerKm * 10) / 10, label: `${km.toLocaleString('en-GB')} km` };
}

/** Map units per kilometre on a Mercator projection of the given scale (units per radian), at a latitude. */
export function mercatorUnitsPerKm(scale: number, latitude: number): number {
  return scale / (6371.0088 * Math.cos((latitude * Math.PI) / 180));
}
