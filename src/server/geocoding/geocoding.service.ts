/** Geocoding for intake: address search, reverse look-up, and the territory and hub of a position. */
import type { GeocodeResponse, GeocodeSearchQuery, LocateResponse } from '../../core/api/intake.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { territoryAt } from '../directory/territories.js';
import { banGeocoder } from './ban.geocoder.js';
import type { LatLon } from './distance.js';
import { type Geocoder, withFallback } from './geocoder.js';
import { localGeocoder } from './local.geocoder.js';
import { findTerritoryWithHub } from './locate.repository.js';

function geocoders(relais: Relais): { primary: Geocoder | null; local: Geocoder } {
  const url = relais.config.geocoderUrl;
  return { primary: url ? banGeocoder(url) : null, local: localGeocoder(relais.db) };
}

export function searchAddresses(relais: Relais, actor: Actor, query: GeocodeSearchQuery): Promise<GeocodeResponse> {
  authorize(actor, 'directory.read');
  const { primary, local } = geocoders(relais);
  const near = query.lat !== undefined && query.lon !== undefined ? { lat: query.lat, lon: query.lon } : undefined;
  return withFallback(primary, local, (g) => g.search(query.q, { near, limit: query.limit }));
}

export function reverseGeocode(relais: Relais, actor: Actor, position: LatLon): Promise<GeocodeResponse> {
  authorize(actor, 'directory.read');
  const { primary, local } = geocoders(relais);
  return withFallback(primary, local, (g) => g.reverse(position));
}

/** The territory and hub a position falls in; outside every territory is accepted, with a warning. */
export async function locate(relais: Relais, actor: Actor, { lat, lon }: LatLon): Promise<LocateResponse> {
  authorize(actor, 'directory.read');
  const territoryId = await territoryAt(relais.db, lat, lon);
  const territory = territoryId ? await findTerritoryWithHub(relais.db, territoryId) : undefined;
  if (!territory) return { territory: null, hub: null, warning: 'outside_territories' };
  return {
    territory: { id: territory.id, name: territory.name },
    hub: territory.hub_id && territory.hub_name ? { id: territory.hub_id, name: territory.hub_name } : null,
    warning: null,
  };
}
