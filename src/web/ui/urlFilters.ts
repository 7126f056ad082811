/**
 * A list's filters kept in the URL, so a filtered list can be bookmarked, shared and saved as a
 * view. A screen declares the kind of each filter once; reading an address back, the API's query
 * and whether anything is filtered follow from it.
 */
import { toSearchParams } from '../app/api.js';

export interface FilterKind<V> {
  /** The value in the URL; one that is not valid (an edited or old address) reads as unset. */
  read: (params: URLSearchParams, key: string) => V;
  /** The value of "not filtered", left out of the query. */
  unset: V;
}

/** One of `values`, or unset. */
export const oneOf = <T extends string>(values: readonly T[]): FilterKind<T | null> => ({
  read: (params, key) => values.find((value) => value === params.get(key)) ?? null,
  unset: null,
});

/** One of `values`, always: `byDefault` when the URL says none, and then left out of the query. */
export const choiceOf = <T extends string>(values: readonly T[], byDefault: T): FilterKind<T> => ({
  read: (params, key) => values.find((value) => value === params.get(key)) ?? byDefault,
  unset: byDefault,
});

/** Any of `values`, the parameter repeated. */
export const someOf = <T extends string>(values: readonly T[]): FilterKind<T[]> => ({
  read: (params, key) => params.getAll(key).flatMap((given) => values.find((value) => value === given) ?? []),
  unset: [],
});

/** An id (of a body, a category…), or a word the API knows in its place (`me`). */
export const anId: FilterKind<string | null> = { read: (params, key) => params.get(key), unset: null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, YYYY-MM-DD. */
export const aDay: FilterKind<string | null> = {
  read: (params, key) => {
    const value = params.get(key);
    return value && DAY.test(value) ? value : null;
  },
  unset: null,
};

/** Words to search for; blank is unset. */
export const words: FilterKind<string> = { read: (params, key) => params.get(key) ?? '', unset: '' };

type Kinds = Record<string, FilterKind<unknown>>;

export type FiltersOf<K extends Kinds> = { [Key in keyof K]: K[Key] extends FilterKind<infer V> ? V : never };

/** The API's query: only the filters set. */
export type QueryOf<K extends Kinds> = { [Key in keyof K]?: Exclude<FiltersOf<K>[Key], null> };

/** The value the API is sent, or undefined when it does not filter. */
function given<V>(kind: FilterKind<V>, value: V): V | undefined {
  if (value === null || value === kind.unset) return undefined;
  if (Array.isArray(value)) return value.length > 0 ? value : undefined;
  if (typeof value === 'string') return (value.trim() || undefined) as V | undefined;
  return value;
}

/** Reading, querying and clearing the filters of one list, declared by their kinds. */
export function urlFilters<K extends Kinds>(kinds: K) {
  const entries = Object.entries(kinds) as [keyof K & string, FilterKind<unknown>][];
  // Built key by key from `kinds`, so each has the type its kind gives.
  const build = <T>(value: (key: keyof K & string, kind: FilterKind<unknown>) => unknown) =>
    Object.fromEntries(entries.map(([key, kind]) => [key, value(key, kind)])) as T;
  const toQuery = (filters: FiltersOf<K>) => build<QueryOf<K>>((key, kind) => given(kind, filters[key]));
  const toParams = (filters: FiltersOf<K>) => toSearchParams(toQuery(filters));
  return {
    /** Nothing filtered. */
    none: build<FiltersOf<K>>((_, kind) => kind.unset),
    fromParams: (params: URLSearchParams) => build<FiltersOf<K>>((key, kind) => kind.read(params, key)),
    toQuery,
    toParams,
    isFiltered: (filters: FiltersOf<K>): boolean => toParams(filters).size > 0,
  };
}
