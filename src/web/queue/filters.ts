/** The queue's filters, as kept in the URL (bookmarked, shared, saved as a view). */

import { QUEUE_SORTS } from '../../core/api/queue.js';
import { DEADLINE_FLAGS, type DeadlineFlag } from '../../core/deadline-flag-names.js';
import { STATUSES, type Status } from '../../core/lifecycle.js';
import { toSearchParams } from '../app/api.js';
import type { QueueQueryInput } from './api.js';

export type QueueSort = (typeof QUEUE_SORTS)[number];

export interface QueueFilters {
  status: Status[];
  flag: DeadlineFlag | null;
  /** A colleague's id, `me`, or `none`. */
  assigneeId: string | null;
  categoryId: string | null;
  territoryId: string | null;
  departmentId: string | null;
  q: string;
  sort: QueueSort;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((v) => v === value) ?? null;

/** Reads filters from search params, ignoring values that are not valid (an edited or old URL). */
export function queueFiltersFromParams(params: URLSearchParams): QueueFilters {
  return {
    status: params.getAll('status').flatMap((value) => oneOf(STATUSES, value) ?? []),
    flag: oneOf(DEADLINE_FLAGS, params.get('flag')),
    assigneeId: params.get('assigneeId'),
    categoryId: params.get('categoryId'),
    territoryId: params.get('territoryId'),
    departmentId: params.get('departmentId'),
    q: params.get('q') ?? '',
    sort: oneOf(QUEUE_SORTS, params.get('sort')) ?? 'deadline',
  };
}

/** The API query; empty filters left out (the server then shows the open work of my department). */
export function toQueueQuery(filters: QueueFilters): QueueQueryInput {
  return {
    status: filters.status.length > 0 ? filters.status : undefined,
    flag: filters.flag ?? undefined,
    assigneeId: filters.assigneeId ?? undefined,
    categoryId: filters.categoryId ?? undefined,
    territoryId: filters.territoryId ?? undefined,
    departmentId: filters.departmentId ?? undefined,
    q: filters.q.trim() || undefined,
    sort: filters.sort === 'deadline' ? undefined : filters.sort,
  };
}

export function queueFiltersToParams(filters: QueueFilters): URLSearchParams {
  return toSearchParams(toQueueQuery(filters));
}

/** Filters as a saved view keeps them: the URL's parameters, repeated ones as lists. */
export function toViewQuery(filters: QueueFilters): Record<string, string | string[]> {
  const params = queueFiltersToParams(filters);
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
