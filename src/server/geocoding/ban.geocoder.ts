/**
 * The French BAN / Géoplateforme geocoding API: GET {base}/search/?q=… and GET {base}/reverse/?…,
 * answering a GeoJSON FeatureCollection. Any failure (timeout, HTTP error, unexpected document)
 * throws, so the caller can fall back to the local index.
 */
import { z } from 'zod';
import type { GeocodedAddress } from '../../core/api/intake.js';
import type { LatLon } from './distance.js';
import type { Geocoder, SearchOptions } from './geocoder.js';

/** Intake waits this long at most before answering from the local index. */
const BAN_TIMEOUT_MS = 1500;

const optionalText = z.string().optional();
const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      geometry: z.object({ coordinates: z.array(z.number()).min(2) }),
      properties: z.object({
        label: z.string(),
        score: z.number().optional(),
        type: optionalText,
        name: optionalText,
        housenumber: optionalText,
        street: optionalText,
        postcode: optionalText,
        city: optionalText,
        citycode: optionalText,
      }),
    }),
  ),
});
type Feature = z.infer<typeof featureCollection>['features'][number];

const BAN_TYPES = ['housenumber', 'street', 'locality', 'municipality'] as const;
const typeOf = (type: string | undefined): GeocodedAddress['type'] =>
  BAN_TYPES.find((known) => known === type) ?? 'street';

function toAddress({ geometry, properties: p }: Feature): GeocodedAddress {
  const [lon = 0, lat = 0] = geometry.coordinates;
  // A street or a locality has no housenumber; its name is the street.
  const street = p.street ?? (p.type === 'street' || p.type === 'locality' ? (p.name ?? null) : null);
  return {
    label: p.label,
    housenumber: p.housenumber ?? null,
    street,
    postcode: p.postcode ?? null,
    city: p.city ?? null,
    citycode: p.citycode ?? null,
    lat,
    lon,
    score: p.score ?? 0,
    type: p.housenumber ? 'housenumber' : typeOf(p.type),
  };
}

export function banGeocoder(baseUrl: string, timeoutMs = BAN_TIMEOUT_MS): Geocoder {
  async function get(path: 'search' | 'reverse', params: Record<string, string | number | undefined>) {
    const url = new URL(`${baseUrl}/${path}/`);
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') {
        throw new Error(`the geocoding API did not answer within ${timeoutMs} ms`);
      }
      throw new Error(`the geocoding API is unreachable (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!response.ok) throw new Error(`the geocoding API answered HTTP ${response.status}`);
    const parsed = featureCollection.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new Error('the geocoding API answered something else than a GeoJSON FeatureCollection');
    return parsed.data.features.map(toAddress);
  }

  return {
    source: 'ban',
    search: (q: string, { near, limit }: SearchOptions) => get('search', { q, limit, lat: near?.lat, lon: near?.lon }),
    reverse: ({ lat, lon }: LatLon) => get('reverse', { lat, lon, limit: 1 }),
  };
}
