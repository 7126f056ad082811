/** The list filters, as kept in the URL (so a filtered list can be bookmarked and shared). */
import { STATUSES, type Status } from '../../core/lifecycle.js';
import { ORIGINS, type Origin } from '../../core/origins.js';
import { type RequestListQuery, toSearchParams } from '../app/api.js';

export interface RequestFilters {
  status: Status[];
  origin: Origin | null;
  bodyId: string | null;
  departmentId: string | null;
  territoryId: string | null;
  categoryId: string | null;
  createdFrom: string | null;
  createdTo: string | null;
  q: string;
}

export const NO_FILTERS: RequestFilters = {
  status: [],
  origin: null,
  bodyId: null,
  departmentId: null,
  territoryId: null,
  categoryId: null,
  createdFrom: null,
  createdTo: null,
  q: '',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((v) => v === value) ?? null;

const day = (value: string | null): string | null => (value && DAY.test(value) ? value : null);

/** Reads filters from search params, ignoring values that are not valid (an edited or old URL). */
export function filtersFromParams(params: URLSearchParams): RequestFilters {
  return {
    status: params.getAll('status').flatMap((value) => oneOf(STATUSES, value) ?? []),
    origin: oneOf(ORIGINS, params.get('origin')),
    bodyId: params.get('bodyId'),
    departmentId: params.get('departmentId'),
    territoryId: params.get('territoryId'),
    categoryId: params.get('categoryId'),
    createdFrom: day(params.get('createdFrom')),
    createdTo: day(params.get('createdTo')),
    q: params.get('q') ?? '',
  };
}

/** The API query for these filters, empty ones left out; the URL uses the same names. */
export function toListQuery(filters: RequestFilters): RequestListQuery {
  return {
    status: filters.status.length > 0 ? filters.status : undefined,
    origin: filters.origin ?? undefined,
    bodyId: filters.bodyId ?? undefined,
    departmentId: filters.departmentId ?? undefined,
    territoryId: filters.territoryId ?? undefined,
    categoryId: filters.categoryId ?? undefined,
    createdFrom: filters.createdFrom ?? undefined,
    createdTo: filters.createdTo ?? undefined,
    q: filters.q.trim() || undefined,
  };
}

export function filtersToParams(filters: RequestFilters): URLSearchParams {
  return toSearchParams(toListQuery(filters));
}

export function hasFilters(filters: RequestFilters): boolean {
  return filtersToParams(filters).size > 0;
}
