/**
 * Distances and circles on the sphere (haversine), for computed distances and range rings.
 * Points are [longitude, latitude] in degrees, as in GeoJSON.
 */
export type LonLat = [number, number];

/** Mean Earth radius (IUGG), the usual choice for great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

export function greatCircleKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const h =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point reached by travelling `km` from `start` on the initial bearing (degrees clockwise from north). */
export function destination([lon, lat]: LonLat, bearing: number, km: number): LonLat {
  const d = km / EARTH_RADIUS_KM;
  const φ1 = rad(lat);
  const θ = rad(bearing);
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
  const λ2 = rad(lon) + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return [deg(λ2), deg(φ2)];
}

/**
 * The greatest distance from `from` to any point of a longitude/latitude box. The farthest point
 * of a box that does not contain the antipode lies on its edge, so the edge is walked in steps.
 */
export function farthestKm(from: LonLat, [[w, s], [e, n]]: [[number, number], [number, number]], stepDeg = 0.5): number {
  let max = 0;
  const visit = (p: LonLat) => (max = Math.max(max, greatCircleKm(from, p)));
  for (let lon = w; lon < e + stepDeg; lon += stepDeg) [s, n].forEach((lat) => visit([Math.min(lon, e), lat]));
  for (let lat = s; lat < n + stepDeg; lat += stepDeg) [w, e].forEach((lon) => visit([lon, Math.min(lat, n)]));
  return max;
}

/** Initial bearing from `from` towards `to`, in degrees clockwise from north (0–360). */
export function bearing([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const y = Math.sin(rad(lon2 - lon1)) * Math.cos(rad(lat2));
  const x = Math.cos(rad(lat1)) * Math.sin(rad(lat2)) - Math.sin(rad(lat1)) * Math.cos(rad(lat2)) * Math.cos(rad(lon2 - lon1));
  return (deg(Math.atan2(y, x)) + 360) % 360;
}

/** The shortest path on the sphere between two points, as a line of `steps` segments (a flight path drawn as it is flown). */
export function greatCircleLine(from: LonLat, to: LonLat, steps = 32): LonLat[] {
  const km = greatCircleKm(from, to);
  const heading = bearing(from, to);
  const line: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const [lon, lat] = i === steps ? to : destination(from, heading, (km * i) / steps);
    line.push([round(lon), round(lat)]);
  }
  return line;
}

/** Web Mercator stops short of the poles; lines are clamped there. */
export const MERCATOR_MAX_LAT = 85;

/**
 * A circle of `km` around `centre` as a closed line. Longitudes are unwrapped (they may leave
 * −180…180) so the line never jumps across the map, which matters for rings so large they
 * enclose the pole (5,500 km from Belarus does); latitudes are clamped to what Mercator shows.
 */
export function circleLine(centre: LonLat, km: number, steps = 128): LonLat[] {
  const line: LonLat[] = [];
  let previous: number | undefined;
  for (let i = 0; i <= steps; i++) {
    let [lon, lat] = destination(centre, (360 * i) / steps, km);
    if (previous !== undefined) lon += 360 * Math.round((previous - lon) / 360);
    previous = lon;
    line.push([round(lon), round(Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat)))]);
  }
  return line;
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;
