import { useSearchParams } from 'react-router';
import { filtersFromParams, filtersToParams, type RequestFilters } from './filters.js';

/** The list filters, read from and written to the URL's search params. */
export function useRequestFilters(): [RequestFilters, (filters: RequestFilters) => void] {
  const [params, setParams] = useSearchParams();
  return [filtersFromParams(params), (filters) => setParams(filtersToParams(filters), { replace: true })];
}
