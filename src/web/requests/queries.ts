/** Server state of the requests feature: the list pages, one request, and the changes to it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { commentBody } from '../../core/api/requests.js';
import { addComment, getRequest, listRequests, type RequestListQuery } from '../app/api.js';
import { queryKeys } from '../app/queryKeys.js';
import { parseForm } from '../ui/formErrors.js';
import { useCursorPages } from '../ui/PagedList.js';

export function useRequestPages(query: RequestListQuery) {
  return useCursorPages(queryKeys.requestList(query), (cursor) => listRequests({ ...query, cursor }));
}

export function useRequestDetail(id: string) {
  return useQuery({ queryKey: queryKeys.request(id), queryFn: () => getRequest(id) });
}

/** After any change to a request, its detail and every list may show something else. */
export function useRefreshRequest(id: string): () => Promise<unknown> {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.request(id) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.requestLists }),
    ]);
}

export function useAddComment(id: string) {
  const refresh = useRefreshRequest(id);
  return useMutation({
    mutationFn: (input: unknown) => addComment(id, parseForm(commentBody, input)),
    onSuccess: refresh,
  });
}
