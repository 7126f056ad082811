/** Distances on the ground, and the bounding boxes that let indexed queries find points near one. */

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_M) / 180;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceM(a: LatLon, b: LatLon): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Box {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/** The latitude/longitude box containing every point within `radiusM` of `center`. */
export function boxAround(center: LatLon, radiusM: number): Box {
  const dLat = radiusM / METRES_PER_DEGREE_LAT;
  // Near the poles a degree of longitude shrinks to nothing: cap the box at the whole circle.
  const cos = Math.cos(radians(center.lat));
  const dLon = cos > 1e-6 ? Math.min(180, dLat / cos) : 180;
  return {
    minLat: center.lat - dLat,
    maxLat: center.lat + dLat,
    minLon: center.lon - dLon,
    maxLon: center.lon + dLon,
  };
}
