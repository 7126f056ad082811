import { useTranslation } from 'react-i18next';
import type { RequestListQuery } from '../app/api.js';
import { PagedList } from '../ui/PagedList.js';
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
  return (
    <PagedList pages={pages} empty={empty} shown={(count) => t('list.shown', { count })}>
      {(items) => <RequestsTable items={items} />}
    </PagedList>
  );
}
