import { Group, MultiSelect, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Colleagues } from '../../core/api/queue.js';
import { OPEN_STATUSES, type Status } from '../../core/lifecycle.js';
import { categoryOptions, options, useDirectory } from '../app/directory.js';
import { useFilterBar } from '../ui/filterBar.js';
import { type QueueFilters, type QueueSort, queueFilters } from './filters.js';

// Work that has been accepted and is not finished: what a queue holds.
const QUEUE_STATUSES = OPEN_STATUSES.filter((status) => status !== 'new');
const FLAG_CHOICES = ['all', 'overdue', 'due_soon'] as const;

interface QueueFilterBarProps {
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  colleagues: Colleagues['items'];
  /** Managers and dispatchers look at any department's queue; agents at their own. */
  canChooseDepartment: boolean;
}

/** The queue's filters in one bar; each change applies at once (text search after a pause). */
export function QueueFilterBar({ filters, onChange, colleagues, canChooseDepartment }: QueueFilterBarProps) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const bar = useFilterBar({
    filters,
    onChange,
    none: queueFilters.none,
    filtered: queueFilters.isFiltered(filters),
    searchWidth: 240,
    selectWidth: 200,
  });

  return (
    <Stack gap="xs" role="search" aria-label={t('list.filters')}>
      <Group gap="md" align="flex-end">
        <div>
          <Text size="xs" fw={500} id="queue-flag-label" mb={2}>
            {t('field.deadline')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="queue-flag-label"
            data={FLAG_CHOICES.map((choice) => ({ value: choice, label: t(`queue.flagFilter.${choice}`) }))}
            value={filters.flag ?? 'all'}
            onChange={(choice) => bar.set('flag', choice === 'overdue' || choice === 'due_soon' ? choice : null)}
          />
        </div>
        <div>
          <Text size="xs" fw={500} id="queue-sort-label" mb={2}>
            {t('queue.sort')}
          </Text>
          <SegmentedControl<QueueSort>
            size="xs"
            aria-labelledby="queue-sort-label"
            data={[
              { value: 'deadline', label: t('queue.sortDeadline') },
              { value: 'newest', label: t('queue.sortNewest') },
            ]}
            value={filters.sort}
            onChange={(sort) => bar.set('sort', sort)}
          />
        </div>
      </Group>
      <Group gap="xs" align="flex-end">
        {bar.search}
        <Select
          {...bar.select('assigneeId')}
          label={t('queue.assignee')}
          data={[
            { value: 'me', label: t('queue.assigneeMe') },
            { value: 'none', label: t('queue.assigneeNone') },
            ...colleagues.map((colleague) => ({ value: colleague.id, label: colleague.name })),
          ]}
        />
        <MultiSelect<Status>
          {...bar.select('status')}
          w={240}
          label={t('field.status')}
          placeholder={filters.status.length > 0 ? undefined : t('queue.anyOpenStatus')}
          data={QUEUE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
        <Select
          {...bar.select('categoryId')}
          searchable
          label={t('field.category')}
          data={categoryOptions(directory)}
        />
        <Select {...bar.select('territoryId')} label={t('field.territory')} data={options(directory.territories)} />
        {canChooseDepartment && (
          <Select
            {...bar.select('departmentId')}
            searchable
            label={t('field.department')}
            placeholder={t('queue.anyDepartment')}
            data={options(directory.departments.filter((department) => department.receives))}
          />
        )}
        {bar.clear}
      </Group>
    </Stack>
  );
}
