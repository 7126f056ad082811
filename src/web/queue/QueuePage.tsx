import { Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BulkResult } from '../../core/api/queue.js';
import { reachOf } from '../../core/permissions.js';
import { nameOf, useDirectory } from '../app/directory.js';
import { useUser } from '../app/session.js';
import { useArrivals } from '../live/useArrivals.js';
import { PagedList } from '../ui/PagedList.js';
import { PageTitle } from '../ui/PageTitle.js';
import { BulkActions } from './BulkActions.js';
import { BulkResults } from './BulkResults.js';
import { type QueueFilters, queueFilters, toViewQuery, viewQueryToParams } from './filters.js';
import { QueueFilterBar } from './QueueFilterBar.js';
import { QueueTable } from './QueueTable.js';
import { QUEUE_SCREEN, useColleagues, useQueuePages } from './queries.js';
import { SavedViews } from './SavedViews.js';

/**
 * "Ma file": the department's open requests, the nearest deadline first, flagged when overdue or
 * due soon; live updates bring new assignments in; boxes to act on many at once.
 */
export function QueuePage() {
  const { t } = useTranslation();
  const user = useUser();
  const directory = useDirectory();
  const [params, setParams] = useSearchParams();
  const filters = queueFilters.fromParams(params);
  // Bumped when filters are replaced from outside the bar (a view), so its search box follows.
  const [barKey, setBarKey] = useState(0);
  const pages = useQueuePages(queueFilters.toQuery(filters));
  const first = pages.data?.pages[0];
  const departmentId = first?.departmentId ?? filters.departmentId ?? user.departmentId;
  const colleagues = useColleagues(departmentId).data ?? [];
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // With the references as they were: a filter may hide the requests the results speak of.
  const [results, setResults] = useState<{ items: readonly BulkResult[]; references: Map<string, string> } | null>(
    null,
  );
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const arrived = useArrivals(pages.data ? items.map((item) => item.id) : undefined);

  const setFilters = (next: QueueFilters) => {
    setSelected(new Set());
    setParams(queueFilters.toParams(next), { replace: true });
  };
  const select = (ids: readonly string[], checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  // Only what is shown can be acted on: a selection hidden by a filter change is dropped.
  const selectedIds = items.filter((item) => selected.has(item.id)).map((item) => item.id);
  const whose = nameOf(directory.departmentById, departmentId) ?? nameOf(directory.bodyById, first?.bodyId ?? null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle>{t('queue.title')}</PageTitle>
          <Text size="sm" c="dimmed">
            {whose ? t('queue.descriptionOf', { whose }) : t('queue.description')}
          </Text>
        </div>
        <SavedViews
          screen={QUEUE_SCREEN}
          current={toViewQuery(filters)}
          onApply={(query) => {
            setSelected(new Set());
            setParams(viewQueryToParams(query), { replace: true });
            setBarKey((key) => key + 1);
          }}
        />
      </Group>
      <QueueFilterBar
        key={barKey}
        filters={filters}
        onChange={setFilters}
        colleagues={colleagues}
        canChooseDepartment={reachOf(user, 'queue.read') !== 'department'}
      />
      <Text size="sm" aria-live="polite">
        {arrived.size > 0 ? t('queue.arrived', { count: arrived.size }) : ''}
      </Text>
      {results && (
        <BulkResults
          results={results.items}
          referenceOf={(id) => results.references.get(id) ?? id}
          onClose={() => setResults(null)}
        />
      )}
      {selectedIds.length > 0 && (
        <BulkActions
          ids={selectedIds}
          colleagues={colleagues}
          onClear={() => setSelected(new Set())}
          onDone={(done) => {
            setResults({ items: done, references: new Map(items.map((item) => [item.id, item.reference])) });
            // The failed ones stay selected, to retry or look at.
            setSelected(new Set(done.filter((result) => !result.ok).map((result) => result.id)));
          }}
        />
      )}
      <PagedList
        pages={pages}
        empty={{
          title: t('queue.emptyTitle'),
          description: t(queueFilters.isFiltered(filters) ? 'queue.emptyFiltered' : 'queue.emptyDescription'),
        }}
        shown={(count) => t('list.shown', { count })}
      >
        {(shown) => (
          <QueueTable
            items={shown}
            selected={selected}
            onSelect={select}
            assigneeNames={new Map(colleagues.map((colleague) => [colleague.id, colleague.name]))}
            arrived={arrived}
          />
        )}
      </PagedList>
    </Stack>
  );
}
