import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestListQuery } from '../app/api.js';
import { PageTitle } from '../ui/PageTitle.js';
import { RequestResults } from './RequestResults.js';

// The largest page the API serves, so that sorting oldest first covers as many as possible.
const NEW_REQUESTS: RequestListQuery = { status: ['new'], limit: 200 };

/** The dispatcher's inbox: new requests waiting for a decision, polled so new ones show up. */
export function InboxPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <div>
        <PageTitle>{t('inbox.title')}</PageTitle>
        <Text size="sm" c="dimmed">
          {t('inbox.description')}
        </Text>
      </div>
      <RequestResults
        query={NEW_REQUESTS}
        oldestFirst
        refetchInterval={30_000}
        empty={{ title: t('inbox.emptyTitle'), description: t('inbox.emptyDescription') }}
      />
    </Stack>
  );
}
