/** Lists read page by page with the API's cursor: the query, and the list with its states. */

import { Stack } from '@mantine/core';
import { type InfiniteData, type QueryKey, type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState.js';
import { ErrorState } from './ErrorState.js';
import { Loading } from './Loading.js';
import { LoadMore } from './LoadMore.js';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The pages of a list; `fetchPage` reads the one after `cursor` (the first without). */
export function useCursorPages<P extends Page<unknown>>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<P>,
) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/**
 * The items of the pages read so far, with a loader first, the failure and a retry, a designed
 * empty state, and under the items how many are shown and "Charger plus".
 */
export function PagedList<T>({
  pages,
  empty,
  shown,
  children,
}: {
  pages: UseInfiniteQueryResult<InfiniteData<Page<T>>>;
  empty: { title: string; description: string };
  /** "12 demandes affichées" */
  shown: (count: number) => string;
  children: (items: T[]) => ReactNode;
}) {
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />;
  const items = pages.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title={empty.title} description={empty.description} />;
  return (
    <Stack gap="sm">
      {children(items)}
      <LoadMore
        shown={shown(items.length)}
        hasMore={pages.hasNextPage}
        loading={pages.isFetchingNextPage}
        onLoad={() => void pages.fetchNextPage()}
      />
    </Stack>
  );
}
