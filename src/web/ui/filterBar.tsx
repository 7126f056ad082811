import { Button, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The text search of a filter bar: typed freely, applied after a pause (one query per word, not
 * per key); `clear` empties it at once and drops the pending application.
 */
function useFilterSearch(value: string, apply: (q: string) => void, width: number) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const applyLater = useDebouncedCallback(apply, 300);
  const field = (
    <TextInput
      size="xs"
      w={width}
      type="search"
      label={t('list.search')}
      placeholder={t('list.searchPlaceholder')}
      leftSection={<IconSearch aria-hidden size={14} />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        applyLater(event.currentTarget.value);
      }}
    />
  );
  const clear = () => {
    applyLater.cancel();
    setText('');
  };
  return { field, clear };
}

function ClearFiltersButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="xs" variant="subtle" leftSection={<IconX aria-hidden size={14} />} onClick={onClick}>
      {t('list.clearFilters')}
    </Button>
  );
}

/**
 * What a list's filter bar does with its filters: the search box, a setter per filter, the props
 * of a select (its look, value and change), and "Effacer les filtres" while anything is filtered.
 */
export function useFilterBar<F extends { q: string }>({
  filters,
  onChange,
  none,
  filtered,
  searchWidth,
  selectWidth,
}: {
  filters: F;
  onChange: (filters: F) => void;
  /** The filters once cleared. */
  none: F;
  filtered: boolean;
  searchWidth: number;
  selectWidth: number;
}) {
  const { t } = useTranslation();
  const search = useFilterSearch(filters.q, (q) => onChange({ ...filters, q }), searchWidth);
  const set = <K extends keyof F>(key: K, value: F[K]) => onChange({ ...filters, [key]: value });
  const select = <K extends keyof F>(key: K) => ({
    size: 'xs' as const,
    w: selectWidth,
    clearable: true,
    placeholder: t('list.anyValue'),
    value: filters[key],
    onChange: (value: F[K]) => set(key, value),
  });
  const clear = filtered && (
    <ClearFiltersButton
      onClick={() => {
        search.clear();
        onChange(none);
      }}
    />
  );
  return { search: search.field, set, select, clear };
}
