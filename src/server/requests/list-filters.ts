import type { ListRequestsQuery } from '../../core/api/requests.js';
import { readReach } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import { parisDayStart } from '../../core/time.js';
import { searchesPersonalData } from '../auth/need-to-know.js';
import type { RequestFilters } from './requests.repository.js';

/** The filters every view of the requests shares (list, map): the list's query without paging. */
export type RequestsFilterQuery = Omit<ListRequestsQuery, 'cursor' | 'limit'>;

function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The repository filters of a query, narrowed to what `actor` may read: a contractor sees only
 * its company's requests, and only readers of personal data search the requester's name.
 * Callers authorize 'request.read' first.
 */
export function readableFilters(actor: Actor, query: RequestsFilterQuery): RequestFilters {
  return {
    status: query.status,
    origin: query.origin,
    bodyId: query.bodyId,
    departmentId: query.departmentId,
    territoryId: query.territoryId,
    categoryId: query.categoryId,
    // A contractor without a company sees nothing: the empty id matches no request.
    contractorId: readReach(actor) === 'contractor' ? (actor.contractorId ?? '') : undefined,
    createdFrom: query.createdFrom ? parisDayStart(query.createdFrom) : undefined,
    createdBefore: query.createdTo ? parisDayStart(nextDay(query.createdTo)) : undefined,
    text: query.q,
    textInPersonalData: searchesPersonalData(actor, { bodyId: query.bodyId, departmentId: query.departmentId }),
  };
}
