/** Server state of the queue: its pages, the department's colleagues, bulk changes and saved views. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bulkBody } from '../../core/api/queue.js';
import { queryKeys } from '../app/queryKeys.js';
import { parseForm } from '../ui/formErrors.js';
import { useCursorPages } from '../ui/PagedList.js';
import { applyBulk, createView, deleteView, getQueue, listColleagues, listViews, type QueueQueryInput } from './api.js';

export const QUEUE_SCREEN = 'queue';

export function useQueuePages(query: QueueQueryInput) {
  return useCursorPages(queryKeys.queue(query), (cursor) => getQueue({ ...query, cursor }));
}

/** The members of a department, to assign to; nothing without a department. */
export function useColleagues(departmentId: string | null) {
  return useQuery({
    queryKey: queryKeys.colleagues(departmentId),
    queryFn: () => listColleagues(departmentId ?? ''),
    enabled: departmentId !== null,
    staleTime: 10 * 60_000,
  });
}

/** One change on many requests; each request answers for itself. */
export function useBulk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Record<string, unknown>) => applyBulk(parseForm(bulkBody, input)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.queues }),
        queryClient.invalidateQueries({ queryKey: queryKeys.requestLists }),
        queryClient.invalidateQueries({ queryKey: ['request'] }),
      ]),
  });
}

export function useSavedViews(screen: string) {
  return useQuery({ queryKey: queryKeys.savedViews(screen), queryFn: () => listViews(screen) });
}

export function useSaveView(screen: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, query }: { name: string; query: Record<string, string | string[]> }) =>
      createView({ name, screen, query }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.savedViews(screen) }),
  });
}

export function useDeleteView(screen: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.savedViews(screen) }),
  });
}
