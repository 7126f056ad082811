/** The map's calls: clusters of requests in a box, and the map settings (tiles, starting view). */
import type { PublicConfig } from '../../core/api/config.js';
import { type MapClusters, mapClustersResponse } from '../../core/api/map.js';
import { type RequestListQuery, toSearchParams } from '../app/api.js';
import { apiFetch } from '../app/http.js';

export type MapQuery = Omit<RequestListQuery, 'cursor' | 'limit'> & { bbox: string; zoom: number };

export async function getClusters(query: MapQuery): Promise<MapClusters> {
  return mapClustersResponse.parse(await apiFetch('GET', `/map/clusters?${toSearchParams(query)}`));
}

/** Used when the settings cannot be read: OpenStreetMap's tiles, centred on Caen. */
export const FALLBACK_CONFIG: PublicConfig = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  tileAttribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  defaultCenter: { lat: 49.183, lon: -0.37 },
  defaultZoom: 13,
};
