import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { territoriesAround } from './directory.repository.js';

/** The territory a point falls in, or null outside every territory. */
export async function territoryAt(db: Kysely<Database>, lat: number, lon: number): Promise<string | null> {
  const candidates = await territoriesAround(db, lat, lon);
  const hit = candidates.find((t) =>
    booleanPointInPolygon([lon, lat], JSON.parse(t.geojson) as Polygon | MultiPolygon),
  );
  return hit?.id ?? null;
}

/** The bounding box of a polygon, stored beside it so lookups can use an index. */
export function boundingBox(geometry: Polygon | MultiPolygon) {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const points = rings.flat();
  const lons = points.map((p) => p[0] ?? 0);
  const lats = points.map((p) => p[1] ?? 0);
  return {
    min_lat: Math.min(...lats),
    max_lat: Math.max(...lats),
    min_lon: Math.min(...lons),
    max_lon: Math.max(...lons),
  };
}
