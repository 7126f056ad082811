import { Button, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The text search of a filter bar: typed freely, applied after a pause (one query per word, not
 * per key); `clear` empties it at once and drops the pending application.
 */
export function useFilterSearch(value: string, apply: (q: string) => void, width: number) {
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

export function ClearFiltersButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="xs" variant="subtle" leftSection={<IconX aria-hidden size={14} />} onClick={onClick}>
      {t('list.clearFilters')}
    </Button>
  );
}
