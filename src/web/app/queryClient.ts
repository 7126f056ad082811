import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './http.js';
import { queryKeys } from './queryKeys.js';

function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/** A 401 anywhere means the session ended: forgetting it sends the user to the login page. */
function onError(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(queryKeys.session, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      retry: (failures, error) => !isClientError(error) && failures < 2,
      staleTime: 30_000,
    },
  },
});
