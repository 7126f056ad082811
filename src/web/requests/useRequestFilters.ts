import { useSearchParams } from 'react-router';
import { type RequestFilters, requestFilters } from './filters.js';

/** The list filters, read from and written to the URL's search params. */
export function useRequestFilters(): [RequestFilters, (filters: RequestFilters) => void] {
  const [params, setParams] = useSearchParams();
  return [
    requestFilters.fromParams(params),
    (filters) => setParams(requestFilters.toParams(filters), { replace: true }),
  ];
}
