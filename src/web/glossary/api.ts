/** Typed calls to the glossary API; responses are checked against the shared core schemas. */
import {
  type Glossary,
  type GlossarySearchResult,
  glossaryResponse,
  glossarySearchResponse,
  type RouteAnswer,
  type RoutingMap,
  routeResponse,
  routingMapResponse,
  type SuggestResponse,
  suggestResponse,
} from '../../core/api/glossary.js';
import { apiFetch } from '../app/http.js';

export async function searchGlossary(q: string, limit = 8): Promise<GlossarySearchResult[]> {
  const params = new URLSearchParams({ q, limit: String(limit) });
  return glossarySearchResponse.parse(await apiFetch('GET', `/glossary/search?${params}`)).results;
}

export async function suggestCategories(description: string): Promise<SuggestResponse['suggestions']> {
  return suggestResponse.parse(await apiFetch('POST', '/glossary/suggest', { description })).suggestions;
}

export interface RouteInput {
  categoryId: string;
  position: { lat: number; lon: number } | null;
}

export async function routeCategory({ categoryId, position }: RouteInput): Promise<RouteAnswer> {
  const params = new URLSearchParams({ categoryId });
  if (position) {
    params.set('lat', String(position.lat));
    params.set('lon', String(position.lon));
  }
  return routeResponse.parse(await apiFetch('GET', `/glossary/route?${params}`));
}

export async function getGlossary(): Promise<Glossary> {
  return glossaryResponse.parse(await apiFetch('GET', '/glossary'));
}

export async function getRoutingMap(): Promise<RoutingMap> {
  return routingMapResponse.parse(await apiFetch('GET', '/glossary/routing-map'));
}
