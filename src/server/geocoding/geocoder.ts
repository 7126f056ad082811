/**
 * The geocoding adapter: any geocoder answers searches and reverse look-ups in one shape. The BAN
 * API answers when configured and reachable; the local address index answers otherwise.
 */
import type { GeocodedAddress, GeocodeResponse, GeocodingSource } from '../../core/api/intake.js';
import type { LatLon } from './distance.js';

export interface SearchOptions {
  /** A position to favour. */
  near?: LatLon | undefined;
  limit: number;
}

export interface Geocoder {
  readonly source: GeocodingSource;
  /** Addresses matching free text, best first. */
  search(q: string, options: SearchOptions): Promise<GeocodedAddress[]>;
  /** The address nearest a position (an empty list when there is none near). */
  reverse(position: LatLon): Promise<GeocodedAddress[]>;
}

/**
 * Asks `primary` (when configured), and the local index when it is not or when it fails: intake
 * must keep working offline. The answer says which source answered and why the fallback was used.
 */
export async function withFallback(
  primary: Geocoder | null,
  local: Geocoder,
  ask: (geocoder: Geocoder) => Promise<GeocodedAddress[]>,
): Promise<GeocodeResponse> {
  let fallbackReason: string | null = null;
  if (primary) {
    try {
      return { source: primary.source, fallbackReason: null, results: await ask(primary) };
    } catch (error) {
      fallbackReason = error instanceof Error ? error.message : String(error);
    }
  }
  return { source: local.source, fallbackReason, results: await ask(local) };
}
