/** Folds the grid's per-status counts into the clusters the map shows. */
import type { MapCluster, MapClusters } from '../../core/api/map.js';
import type { Status } from '../../core/lifecycle.js';
import type { CellCount, MapPoint } from './map.repository.js';

export interface Cell {
  count: number;
  sumLat: number;
  sumLon: number;
  byStatus: Partial<Record<Status, number>>;
}

/** The cells of the grid, from its per-status counts. */
export function cellsOf(counts: CellCount[]): Cell[] {
  const cells = new Map<string, Cell>();
  for (const row of counts) {
    const key = `${row.cellY}:${row.cellX}`;
    const cell = cells.get(key) ?? { count: 0, sumLat: 0, sumLon: 0, byStatus: {} };
    cell.count += row.count;
    cell.sumLat += row.sumLat;
    cell.sumLon += row.sumLon;
    cell.byStatus[row.status] = row.count;
    cells.set(key, cell);
  }
  return [...cells.values()];
}

const positionKey = (p: { lat: number; lon: number }) => `${p.lat}:${p.lon}`;

/**
 * The cells as clusters; a cell of one request becomes that request when `points` holds it (it
 * may have changed between the two queries: it then stays a cluster of one).
 */
export function toClusters(cells: Cell[], points: MapPoint[]): MapClusters {
  const byPosition = new Map(points.map((p) => [positionKey(p), p]));
  let total = 0;
  const clusters = cells.map((cell): MapCluster => {
    total += cell.count;
    const position = { lat: cell.sumLat / cell.count, lon: cell.sumLon / cell.count };
    const point = cell.count === 1 ? byPosition.get(positionKey(position)) : undefined;
    const cluster = { ...position, count: cell.count, byStatus: cell.byStatus };
    if (!point) return cluster;
    return {
      ...cluster,
      id: point.id,
      reference: point.reference,
      status: point.status,
      categoryId: point.categoryId,
    };
  });
  return { clusters, total };
}
