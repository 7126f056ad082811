import { Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestListQuery } from '../app/api.js';
import { EmptyState } from '../ui/EmptyState.js';
import { ErrorState } from '../ui/ErrorState.js';
import { Loading } from '../ui/Loading.js';
import { useRequestPages } from './queries.js';
import { RequestsTable } from './RequestsTable.js';

interface RequestResultsProps {
  query: RequestListQuery;
  empty: { title: string; description: string };
}

/** A paged list of requests with its loading, error and empty states and "Charger plus". */
export function RequestResults({ query, empty }: RequestResultsProps) {
  const { t } = useTranslation();
  const pages = useRequestPages(query);

  if (pages.isPending) return <Loading />;
  if (pages.isError) return <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />;

  const items = pages.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title={empty.title} description={empty.description} />;

  return (
    <Stack gap="sm">
      <RequestsTable items={items} />
      <Center>
        <Stack gap={4} align="center">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('list.shown', { count: items.length })}
          </Text>
          {pages.hasNextPage && (
            <Button variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
              {t('list.loadMore')}
            </Button>
          )}
        </Stack>
      </Center>
    </Stack>
  );
}
