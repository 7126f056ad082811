import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../core/lifecycle.js';
import { ORIGINS, type Origin } from '../../core/origins.js';
import { categoryOptions, options, useDirectory } from '../app/directory.js';
import { ClearFiltersButton, useFilterSearch } from '../ui/filterBar.js';
import { hasFilters, NO_FILTERS, type RequestFilters } from './filters.js';

interface RequestFilterBarProps {
  filters: RequestFilters;
  onChange: (filters: RequestFilters) => void;
}

/** The list's filters in one compact bar; each change applies at once (text search after a pause). */
export function RequestFilterBar({ filters, onChange }: RequestFilterBarProps) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const search = useFilterSearch(filters.q, (q) => onChange({ ...filters, q }), 260);

  const set = <K extends keyof RequestFilters>(key: K, value: RequestFilters[K]) =>
    onChange({ ...filters, [key]: value });
  const common = { size: 'xs', w: 190, clearable: true, placeholder: t('list.anyValue') } as const;

  return (
    <Group role="search" aria-label={t('list.filters')} gap="xs" align="flex-end">
      {search.field}
      <MultiSelect<Status>
        {...common}
        w={240}
        label={t('field.status')}
        placeholder={filters.status.length > 0 ? undefined : t('list.anyValue')}
        data={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={filters.status}
        onChange={(status) => set('status', status)}
      />
      <Select<Origin>
        {...common}
        label={t('field.origin')}
        data={ORIGINS.map((origin) => ({ value: origin, label: t(`origin.${origin}`) }))}
        value={filters.origin}
        onChange={(origin) => set('origin', origin)}
      />
      <Select
        {...common}
        label={t('field.body')}
        data={options(directory.bodies)}
        value={filters.bodyId}
        onChange={(id) => set('bodyId', id)}
      />
      <Select
        {...common}
        searchable
        label={t('field.department')}
        data={options(directory.departments)}
        value={filters.departmentId}
        onChange={(id) => set('departmentId', id)}
      />
      <Select
        {...common}
        label={t('field.territory')}
        data={options(directory.territories)}
        value={filters.territoryId}
        onChange={(id) => set('territoryId', id)}
      />
      <Select
        {...common}
        searchable
        label={t('field.category')}
        data={categoryOptions(directory)}
        value={filters.categoryId}
        onChange={(id) => set('categoryId', id)}
      />
      <TextInput
        size="xs"
        type="date"
        label={t('list.createdFrom')}
        value={filters.createdFrom ?? ''}
        onChange={(event) => set('createdFrom', event.currentTarget.value || null)}
      />
      <TextInput
        size="xs"
        type="date"
        label={t('list.createdTo')}
        value={filters.createdTo ?? ''}
        onChange={(event) => set('createdTo', event.currentTarget.value || null)}
      />
      {hasFilters(filters) && (
        <ClearFiltersButton
          onClick={() => {
            search.clear();
            onChange(NO_FILTERS);
          }}
        />
      )}
    </Group>
  );
}
