import { Button, Center, Grid, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useArrivals } from '../live/useArrivals.js';
import { EmptyState } from '../ui/EmptyState.js';
import { ErrorState } from '../ui/ErrorState.js';
import { Loading } from '../ui/Loading.js';
import { PageTitle } from '../ui/PageTitle.js';
import { EvaluationPane } from './EvaluationPane.js';
import { InboxList } from './InboxList.js';
import { INBOX_PATH, inboxPath } from './paths.js';
import { useInbox, useInboxItem } from './queries.js';

/**
 * "À qualifier": the new requests, oldest first, beside the one being evaluated. Live updates add
 * new requests to the list; after each decision the next request opens.
 */
export function DispatchPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const inbox = useInbox();
  // Decided here: out of the list at once, before the inbox is reloaded.
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const loaded = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const items = loaded.filter((item) => !decided.has(item.request.id));
  const currentId = id ?? items[0]?.request.id ?? null;
  const index = items.findIndex((item) => item.request.id === currentId);
  const current = useInboxItem(currentId, items[index]);
  const arrived = useArrivals(inbox.data ? items.map((item) => item.request.id) : undefined);
  // Those decided here but still in the server's last answer are no longer waiting.
  const total = Math.max(0, (inbox.data?.pages[0]?.total ?? 0) - (loaded.length - items.length));

  const go = (target: string | undefined) => {
    if (target) void navigate(inboxPath(target), { replace: true });
  };
  const next = () => go(items[index + 1]?.request.id);
  const previous = () => go(items[index - 1]?.request.id);
  const afterDecision = () => {
    if (!currentId) return;
    setDecided((previousSet) => new Set([...previousSet, currentId]));
    const others = items.filter((item) => item.request.id !== currentId);
    const following = items.slice(index + 1)[0] ?? others[0];
    const target = following?.request.id ?? current.data?.nextId ?? undefined;
    if (target && target !== currentId) go(target);
    else void navigate(INBOX_PATH, { replace: true });
  };

  if (inbox.isPending) return <Loading />;
  if (inbox.isError) return <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle>{t('dispatch.title')}</PageTitle>
          <Text size="sm" c="dimmed">
            {t('dispatch.waiting', { count: total })}
          </Text>
        </div>
        <Text size="sm" aria-live="polite">
          {arrived.size > 0 ? t('dispatch.arrived', { count: arrived.size }) : ''}
        </Text>
      </Group>
      {currentId === null ? (
        <EmptyState title={t('dispatch.emptyTitle')} description={t('dispatch.emptyDescription')} />
      ) : (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
            <ScrollArea.Autosize mah="calc(100vh - 160px)" type="auto" scrollbars="y">
              <InboxList items={items} currentId={currentId} arrived={arrived} />
              {inbox.hasNextPage && (
                <Center mt="xs">
                  <Button
                    size="xs"
                    variant="default"
                    loading={inbox.isFetchingNextPage}
                    onClick={() => void inbox.fetchNextPage()}
                  >
                    {t('list.loadMore')}
                  </Button>
                </Center>
              )}
            </ScrollArea.Autosize>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
            {current.data ? (
              <EvaluationPane
                key={current.data.request.id}
                item={current.data}
                position={index >= 0 ? `${index + 1} / ${items.length}` : null}
                onPrevious={previous}
                onNext={next}
                onDecided={afterDecision}
              />
            ) : current.isError ? (
              <ErrorState error={current.error} onRetry={() => void current.refetch()} />
            ) : (
              <Loading />
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
