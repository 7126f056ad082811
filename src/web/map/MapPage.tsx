import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toListQuery } from '../requests/filters.js';
import { RequestFilterBar } from '../requests/RequestFilterBar.js';
import { useRequestFilters } from '../requests/useRequestFilters.js';
import { Loading } from '../ui/Loading.js';
import { PageTitle } from '../ui/PageTitle.js';
import { ClusterMarkers } from './ClusterMarkers.js';
import { MapLegend } from './MapLegend.js';
import { useClusters, useMapConfig } from './queries.js';
import { RequestsMap, type Viewport } from './RequestsMap.js';

/** "Carte": the list's filters on a map, requests grouped by the server for the zoom, coloured by status. */
export function MapPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useRequestFilters();
  const { config, ready } = useMapConfig();
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const clusters = useClusters(viewport && { ...toListQuery(filters), ...viewport });

  const notice = clusters.isError
    ? t('map.loadFailed')
    : clusters.isPending || (clusters.isPlaceholderData && clusters.isFetching)
      ? t('map.loading')
      : clusters.data.total === 0
        ? t('map.empty')
        : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle>{t('map.title')}</PageTitle>
          <Text size="sm" c="dimmed" aria-live="polite">
            {clusters.data ? t('map.total', { count: clusters.data.total }) : '\u00a0'}
          </Text>
        </div>
        {clusters.isError && (
          <Button size="xs" variant="default" onClick={() => void clusters.refetch()}>
            {t('common.retry')}
          </Button>
        )}
      </Group>
      <RequestFilterBar filters={filters} onChange={setFilters} />
      {ready ? (
        <RequestsMap config={config} onViewport={setViewport} notice={notice}>
          <ClusterMarkers clusters={clusters.data?.clusters ?? []} />
        </RequestsMap>
      ) : (
        <Loading />
      )}
      <MapLegend />
    </Stack>
  );
}
