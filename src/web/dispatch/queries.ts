/** Server state of the dispatcher's inbox, and the decisions taken in it. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InboxItem } from '../../core/api/dispatch.js';
import { transitionBody } from '../../core/api/requests.js';
import { applyTransition } from '../app/api.js';
import { queryKeys } from '../app/queryKeys.js';
import { parseForm } from '../ui/formErrors.js';
import { getInbox, getInboxItem } from './api.js';

const INBOX_LIST = [...queryKeys.inbox, 'list'] as const;

/** New requests, oldest first, page after page (live updates refresh it). */
export function useInbox() {
  return useInfiniteQuery({
    queryKey: INBOX_LIST,
    queryFn: ({ pageParam }) => getInbox(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** One request to evaluate; shown at once from the inbox's page when it holds it. */
export function useInboxItem(id: string | null, fromList: InboxItem | undefined) {
  return useQuery({
    queryKey: queryKeys.inboxItem(id ?? ''),
    queryFn: () => getInboxItem(id ?? ''),
    enabled: id !== null,
    placeholderData: fromList,
  });
}

/** Applies a decision (accept, reject, redirect, duplicate) checked first with the shared schema. */
export function useDecision(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Record<string, unknown>) => applyTransition(requestId, parseForm(transitionBody, input)),
    // Not awaited: the next request opens at once, the lists catch up behind it.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });
      void queryClient.invalidateQueries({ queryKey: queryKeys.request(requestId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.requestLists });
    },
  });
}
