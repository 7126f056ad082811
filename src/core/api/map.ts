/** The map of requests: clusters in a bounding box, with the list's filters. */
import { z } from 'zod';
import { STATUSES } from '../lifecycle.js';
import { idSchema } from './common.js';
import { listRequestsQuery } from './requests.js';

export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));

/**
 * `west,south,east,north` in decimal degrees (WGS 84), as Leaflet's
 * `map.getBounds().toBBoxString()` writes it. A map zoomed far out reaches past ±180°: clamped.
 */
export const bboxSchema = z.string().transform((value, ctx): BoundingBox => {
  const parts = value.split(',').map((part) => Number(part.trim()));
  const [west = 0, south = 0, east = 0, north = 0] = parts;
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || west > east || south > north) {
    ctx.addIssue({
      code: 'custom',
      message: 'bbox: west,south,east,north in decimal degrees, west <= east and south <= north',
    });
    return z.NEVER;
  }
  return { west: clamp(west, 180), south: clamp(south, 90), east: clamp(east, 180), north: clamp(north, 90) };
});

export const mapClustersQuery = listRequestsQuery.omit({ cursor: true, limit: true }).extend({
  bbox: bboxSchema,
  /** The map's zoom level (Leaflet's: 13 shows a town, 17 a street): sets how close points merge. */
  zoom: z.coerce.number().int().min(0).max(22),
});
export type MapClustersQuery = z.infer<typeof mapClustersQuery>;

export const statusCountsSchema = z.partialRecord(z.enum(STATUSES), z.number().int().positive());
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const mapClusterSchema = z.object({
  /** Mean position of the requests in the cluster; a single request's own position. */
  lat: z.number(),
  lon: z.number(),
  count: z.number().int().positive(),
  /** How many requests of each status: to colour a cluster by its dominant status. */
  byStatus: statusCountsSchema,
  /** The request itself, when the cluster holds only one. */
  id: idSchema.optional(),
  reference: z.string().optional(),
  status: z.enum(STATUSES).optional(),
  categoryId: idSchema.nullable().optional(),
});
export type MapCluster = z.infer<typeof mapClusterSchema>;

export const mapClustersResponse = z.object({
  clusters: z.array(mapClusterSchema),
  /** Requests in the box matching the filters: the sum of the clusters' counts. */
  total: z.number().int().nonnegative(),
});
export type MapClusters = z.infer<typeof mapClustersResponse>;
