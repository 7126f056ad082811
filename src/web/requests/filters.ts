/** The list filters, as kept in the URL (so a filtered list can be bookmarked and shared). */
import { STATUSES } from '../../core/lifecycle.js';
import { ORIGINS } from '../../core/origins.js';
import type { RequestListQuery } from '../app/api.js';
import { aDay, anId, type FiltersOf, oneOf, someOf, urlFilters, words } from '../ui/urlFilters.js';

const KINDS = {
  status: someOf(STATUSES),
  origin: oneOf(ORIGINS),
  bodyId: anId,
  departmentId: anId,
  territoryId: anId,
  categoryId: anId,
  createdFrom: aDay,
  createdTo: aDay,
  q: words,
};

export type RequestFilters = FiltersOf<typeof KINDS>;

export const requestFilters = urlFilters(KINDS);

/** The API query for these filters, empty ones left out; the URL uses the same names. */
export const toListQuery: (filters: RequestFilters) => RequestListQuery = requestFilters.toQuery;
