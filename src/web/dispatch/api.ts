/** The dispatcher's calls: the inbox with its proposals, the glossary search and routing, duplicates nearby. */
import { type Inbox, type InboxItem, inboxItemSchema, inboxResponse } from '../../core/api/dispatch.js';
import {
  type GlossarySearchResult,
  glossarySearchResponse,
  type RouteAnswer,
  routeResponse,
} from '../../core/api/glossary.js';
import { type DuplicateCandidate, duplicatesResponse } from '../../core/api/intake.js';
import type { RequestDto } from '../../core/api/requests.js';
import { toSearchParams } from '../app/api.js';
import { apiFetch } from '../app/http.js';

/** The largest page the inbox serves: a day's new requests fit in one. */
const INBOX_PAGE = 100;

export async function getInbox(cursor: string | undefined): Promise<Inbox> {
  const params = toSearchParams({ limit: INBOX_PAGE, cursor });
  return inboxResponse.parse(await apiFetch('GET', `/dispatch/inbox?${params}`));
}

export async function getInboxItem(id: string): Promise<InboxItem> {
  return inboxItemSchema.parse(await apiFetch('GET', `/dispatch/inbox/${encodeURIComponent(id)}`));
}

export async function searchGlossary(q: string): Promise<GlossarySearchResult[]> {
  const params = toSearchParams({ q, limit: 8 });
  return glossarySearchResponse.parse(await apiFetch('GET', `/glossary/search?${params}`)).results;
}

/** Who handles a category where the request is (a territory's route first) and its procedure. */
export async function routeCategory(categoryId: string, request: RequestDto): Promise<RouteAnswer> {
  const params = toSearchParams({ categoryId, lat: request.lat, lon: request.lon });
  return routeResponse.parse(await apiFetch('GET', `/glossary/route?${params}`));
}

/** Open requests near this one that may be the same problem, most likely first (itself left out). */
export async function findDuplicates(request: RequestDto): Promise<DuplicateCandidate[]> {
  const params = toSearchParams({
    lat: request.lat,
    lon: request.lon,
    categoryId: request.categoryId ?? undefined,
    text: request.description.slice(0, 500),
  });
  const { items } = duplicatesResponse.parse(await apiFetch('GET', `/intake/duplicates?${params}`));
  return items.filter((candidate) => candidate.id !== request.id);
}
