/** The queue's filters, as kept in the URL (bookmarked, shared, saved as a view). */
import { QUEUE_SORTS } from '../../core/api/queue.js';
import { DEADLINE_FLAGS } from '../../core/deadline-flag-names.js';
import { STATUSES } from '../../core/lifecycle.js';
import { toSearchParams } from '../app/api.js';
import { anId, choiceOf, type FiltersOf, oneOf, someOf, urlFilters, words } from '../ui/urlFilters.js';

export type QueueSort = (typeof QUEUE_SORTS)[number];

const KINDS = {
  status: someOf(STATUSES),
  flag: oneOf(DEADLINE_FLAGS),
  /** A colleague's id, `me`, or `none`. */
  assigneeId: anId,
  categoryId: anId,
  territoryId: anId,
  departmentId: anId,
  q: words,
  sort: choiceOf(QUEUE_SORTS, 'deadline'),
};

export type QueueFilters = FiltersOf<typeof KINDS>;

/** Empty filters are left out of the query: the server then shows the open work of my department. */
export const queueFilters = urlFilters(KINDS);

/** Filters as a saved view keeps them: the URL's parameters, repeated ones as lists. */
export function toViewQuery(filters: QueueFilters): Record<string, string | string[]> {
  const params = queueFilters.toParams(filters);
  return Object.fromEntries(
    [...new Set(params.keys())].map((key) => {
      const values = params.getAll(key);
      return [key, key === 'status' ? values : (values[0] ?? '')];
    }),
  );
}

export function viewQueryToParams(query: Record<string, string | string[]>): URLSearchParams {
  return toSearchParams(query);
}
