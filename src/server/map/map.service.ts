/** The map of requests: server-side clusters, so the map stays fast with 100,000 requests. */
import type { MapClusters, MapClustersQuery } from '../../core/api/map.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { readableFilters } from '../requests/list-filters.js';
import { cellsOf, toClusters } from './clusters.js';
import { gridFor } from './grid.js';
import { countPerCell, requestsAt } from './map.repository.js';

/** The requests in the box that the list would show with the same filters, clustered for the zoom. */
export async function mapClusters(relais: Relais, actor: Actor, query: MapClustersQuery): Promise<MapClusters> {
  authorize(actor, 'request.read');
  const { bbox, zoom, ...listQuery } = query;
  const filters = readableFilters(actor, listQuery);
  const cells = cellsOf(await countPerCell(relais.db, filters, bbox, gridFor(bbox, zoom)));
  // The sums of a cell of one request are its position.
  const singles = cells.filter((c) => c.count === 1).map((c) => ({ lat: c.sumLat, lon: c.sumLon }));
  return toClusters(cells, await requestsAt(relais.db, filters, bbox, singles));
}
