import { type Kysely, sql } from 'kysely';
import type { BoundingBox } from '../../core/api/map.js';
import type { Status } from '../../core/lifecycle.js';
import type { Database } from '../db/schema.js';
import { filteredRequests, type RequestFilters } from '../requests/requests.repository.js';
import type { Grid } from './grid.js';

/** The requests of one status in one cell of the grid. */
export interface CellCount {
  cellY: number;
  cellX: number;
  status: Status;
  count: number;
  sumLat: number;
  sumLon: number;
}

const inBox = (db: Kysely<Database>, filters: RequestFilters, box: BoundingBox) =>
  filteredRequests(db, filters)
    .clearSelect()
    .where('lat', '>=', box.south)
    .where('lat', '<=', box.north)
    .where('lon', '>=', box.west)
    .where('lon', '<=', box.east);

/**
 * Counts the requests matching `filters` inside `box`, per grid cell and status, in one query
 * that reads only the index (lat, lon, status), or (status, lat, lon) when filtered by status,
 * unless other filters are given: the database sends a few hundred rows whatever the number of
 * requests.
 */
export async function countPerCell(
  db: Kysely<Database>,
  filters: RequestFilters,
  box: BoundingBox,
  grid: Grid,
): Promise<CellCount[]> {
  const rows = await inBox(db, filters, box)
    .select((eb) => [
      sql<number>`floor(lat / ${grid.lat})`.as('cell_y'),
      sql<number>`floor(lon / ${grid.lon})`.as('cell_x'),
      'status',
      eb.fn.countAll().as('n'),
      eb.fn.sum<number>('lat').as('sum_lat'),
      eb.fn.sum<number>('lon').as('sum_lon'),
    ])
    // By the output names: PostgreSQL sees two different parameters if the expressions are repeated.
    .groupBy([sql.ref('cell_y'), sql.ref('cell_x'), 'status'])
    .execute();
  return rows.map((r) => ({
    cellY: Number(r.cell_y),
    cellX: Number(r.cell_x),
    status: r.status,
    // PostgreSQL's count is a bigint, which pg returns as a string.
    count: Number(r.n),
    sumLat: Number(r.sum_lat),
    sumLon: Number(r.sum_lon),
  }));
}

export interface MapPoint {
  id: string;
  reference: string;
  status: Status;
  categoryId: string | null;
  lat: number;
  lon: number;
}

/**
 * The requests matching `filters` at exactly these positions (those of the cells that hold one
 * request), looked up on the (lat, lon) index. Separate from the counts: carrying ids and
 * references through the grouping would make it read the table and compare text on every row.
 */
export async function requestsAt(
  db: Kysely<Database>,
  filters: RequestFilters,
  box: BoundingBox,
  positions: { lat: number; lon: number }[],
): Promise<MapPoint[]> {
  if (positions.length === 0) return [];
  // Two IN lists rather than pairs: portable, and an exact pair of doubles is picked out after.
  return inBox(db, filters, box)
    .select(['id', 'reference', 'status', 'category_id as categoryId', 'lat', 'lon'])
    .where('lat', 'in', [...new Set(positions.map((p) => p.lat))])
    .where('lon', 'in', [...new Set(positions.map((p) => p.lon))])
    .execute();
}
