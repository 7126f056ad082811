import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../app/http.js';
import { queryKeys } from '../app/queryKeys.js';
import { Loading } from '../ui/Loading.js';
import { AfterPhotos } from './AfterPhotos.js';
import { getTracking } from './api.js';
import { PublicLayout } from './PublicLayout.js';
import { TrackingFacts } from './TrackingFacts.js';
import { TrackingProblem } from './TrackingProblem.js';
import { TrackingStatus } from './TrackingStatus.js';
import { TrackingTimeline } from './TrackingTimeline.js';

/** A wrong or expired link stays wrong: asking again would not help. */
const retryUnlessRefused = (failures: number, error: unknown) =>
  !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2;

/**
 * The requester's page, from the link in every message: where the request stands, in plain
 * words, and what happened to it. No sign-in, no names, no internal notes.
 */
export function TrackingPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const tracking = useQuery({
    queryKey: queryKeys.tracking(token),
    queryFn: () => getTracking(token),
    retry: retryUnlessRefused,
  });
  const reference = tracking.data?.reference;
  useDocumentTitle(
    reference
      ? `${t('tracking.title', { reference })} · ${t('app.name')}`
      : `${t('tracking.pageTitle')} · ${t('app.name')}`,
  );

  return (
    <PublicLayout>
      {tracking.isPending ? (
        <Loading />
      ) : tracking.isError ? (
        <TrackingProblem error={tracking.error} onRetry={() => void tracking.refetch()} />
      ) : (
        <Stack gap="lg">
          <Title order={1} size="h2">
            {t('tracking.title', { reference: tracking.data.reference })}
          </Title>
          <TrackingStatus tracking={tracking.data} />
          <TrackingFacts tracking={tracking.data} />
          <AfterPhotos token={token} photoIds={tracking.data.afterPhotoIds} />
          <TrackingTimeline events={tracking.data.events} />
        </Stack>
      )}
    </PublicLayout>
  );
}
