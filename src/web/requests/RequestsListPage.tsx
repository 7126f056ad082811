import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../ui/PageTitle.js';
import { toListQuery } from './filters.js';
import { RequestFilterBar } from './RequestFilterBar.js';
import { RequestResults } from './RequestResults.js';
import { RequestsExport } from './RequestsExport.js';
import { useRequestFilters } from './useRequestFilters.js';

export function RequestsListPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useRequestFilters();

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <PageTitle>{t('list.title')}</PageTitle>
        <RequestsExport filters={filters} />
      </Group>
      <RequestFilterBar filters={filters} onChange={setFilters} />
      <RequestResults
        query={toListQuery(filters)}
        empty={{ title: t('list.emptyTitle'), description: t('list.emptyDescription') }}
      />
    </Stack>
  );
}
