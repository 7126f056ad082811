import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toSearchParams } from '../app/api.js';
import { currentLocale } from '../i18n/index.js';
import { ExportButton } from '../ui/ExportButton.js';
import { type RequestFilters, requestFilters, toListQuery } from './filters.js';
import { useRequestPages } from './queries.js';

/**
 * "Exporter (CSV)": every page of the list as it is filtered now, headers in the interface's
 * language. How many requests that is comes from the pages the list has read (the same query):
 * exact once the last page is in, "more than" before.
 */
export function RequestsExport({ filters }: { filters: RequestFilters }) {
  const { t } = useTranslation();
  const id = useId();
  const query = toListQuery(filters);
  const pages = useRequestPages(query);
  const href = `/api/requests.csv?${toSearchParams({ ...query, lang: currentLocale() })}`;

  const read = pages.data?.pages.reduce((sum, page) => sum + page.items.length, 0);
  const count = (() => {
    if (read === undefined) return t('list.exportList');
    return pages.hasNextPage ? t('list.exportMore', { count: read }) : t('list.exportCount', { count: read });
  })();
  const scope = t(requestFilters.isFiltered(filters) ? 'list.exportFiltered' : 'list.exportUnfiltered');

  return (
    <Group gap="sm">
      <Text id={id} size="sm" c="dimmed">
        {count} ({scope})
      </Text>
      <ExportButton href={href} label={t('list.export')} describedBy={id} />
    </Group>
  );
}
