import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../core/lifecycle.js';
import { ORIGINS, type Origin } from '../../core/origins.js';
import { categoryOptions, options, useDirectory } from '../app/directory.js';
import { useFilterBar } from '../ui/filterBar.js';
import { type RequestFilters, requestFilters } from './filters.js';

interface RequestFilterBarProps {
  filters: RequestFilters;
  onChange: (filters: RequestFilters) => void;
}

/** The list's filters in one compact bar; each change applies at once (text search after a pause). */
export function RequestFilterBar({ filters, onChange }: RequestFilterBarProps) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const bar = useFilterBar({
    filters,
    onChange,
    none: requestFilters.none,
    filtered: requestFilters.isFiltered(filters),
    searchWidth: 260,
    selectWidth: 190,
  });

  return (
    <Group role="search" aria-label={t('list.filters')} gap="xs" align="flex-end">
      {bar.search}
      <MultiSelect<Status>
        {...bar.select('status')}
        w={240}
        label={t('field.status')}
        placeholder={filters.status.length > 0 ? undefined : t('list.anyValue')}
        data={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
      />
      <Select<Origin>
        {...bar.select('origin')}
        label={t('field.origin')}
        data={ORIGINS.map((origin) => ({ value: origin, label: t(`origin.${origin}`) }))}
      />
      <Select {...bar.select('bodyId')} label={t('field.body')} data={options(directory.bodies)} />
      <Select
        {...bar.select('departmentId')}
        searchable
        label={t('field.department')}
        data={options(directory.departments)}
      />
      <Select {...bar.select('territoryId')} label={t('field.territory')} data={options(directory.territories)} />
      <Select {...bar.select('categoryId')} searchable label={t('field.category')} data={categoryOptions(directory)} />
      {(['createdFrom', 'createdTo'] as const).map((key) => (
        <TextInput
          key={key}
          size="xs"
          type="date"
          label={t(`list.${key}`)}
          value={filters[key] ?? ''}
          onChange={(event) => bar.set(key, event.currentTarget.value || null)}
        />
      ))}
      {bar.clear}
    </Group>
  );
}
