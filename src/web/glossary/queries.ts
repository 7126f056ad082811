/** Server state of the glossary: search as one types, suggestions, routing, the glossary itself. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../app/queryKeys.js';
import {
  getGlossary,
  getRoutingMap,
  type RouteInput,
  routeCategory,
  searchGlossary,
  suggestCategories,
} from './api.js';

/** Administrators change the glossary rarely; the server rebuilds its own index within a minute. */
const GLOSSARY_STALE_MS = 5 * 60_000;

/** Categories matching the words typed (already debounced by the caller); the previous answer stays while typing. */
export function useGlossarySearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: queryKeys.glossarySearch(query),
    queryFn: () => searchGlossary(query),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    staleTime: GLOSSARY_STALE_MS,
  });
}

/** Shortest description worth a suggestion: a few words say something, a few letters do not. */
const MIN_SUGGEST_LENGTH = 8;

/** The three categories closest to a description (already debounced by the caller). */
export function useSuggestions(description: string) {
  const text = description.trim();
  return useQuery({
    queryKey: queryKeys.glossarySuggestions(text),
    queryFn: () => suggestCategories(text),
    enabled: text.length >= MIN_SUGGEST_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: GLOSSARY_STALE_MS,
  });
}

/** Who handles a category at a place, its procedure, questions and the deadline if received now. */
export function routeQuery(input: RouteInput) {
  return queryOptions({
    queryKey: queryKeys.glossaryRoute(input.categoryId, input.position),
    queryFn: () => routeCategory(input),
  });
}

/** The route of the category chosen; while another loads, the previous one stays (marked stale). */
export function useCategoryRoute(input: RouteInput | null) {
  return useQuery({
    ...routeQuery(input ?? { categoryId: '', position: null }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

export function useGlossary() {
  return useQuery({ queryKey: queryKeys.glossary, queryFn: getGlossary, staleTime: GLOSSARY_STALE_MS });
}

export function useRoutingMap() {
  return useQuery({ queryKey: queryKeys.routingMap, queryFn: getRoutingMap, staleTime: GLOSSARY_STALE_MS });
}
