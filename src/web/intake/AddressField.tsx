import { Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeocodedAddress } from '../../core/api/intake.js';
import type { LatLon } from './api.js';
import { MIN_ADDRESS_LENGTH, useAddressSearch } from './queries.js';
import { SearchCombobox } from './SearchCombobox.js';

const SEARCH_DEBOUNCE_MS = 250;

interface AddressFieldProps {
  value: string;
  onChange(value: string): void;
  onPick(address: GeocodedAddress): void;
  /** Where to look first: the map's centre or the position already set. */
  near: LatLon | null;
  /** The text is the address of the pin (picked, or found from the map): nothing to search. */
  settled: boolean;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** The address, with suggestions as one types; picking one places the pin. */
export function AddressField({ value, onChange, onPick, near, settled, error, inputRef }: AddressFieldProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(value, SEARCH_DEBOUNCE_MS);
  const searching = !settled && value.trim().length >= MIN_ADDRESS_LENGTH;
  const search = useAddressSearch(searching ? debounced : '', near);
  const results = searching ? (search.data?.results ?? []) : [];
  const pending = searching && (debounced !== value || search.isFetching);

  return (
    <SearchCombobox<GeocodedAddress>
      label={t('field.address')}
      description={search.data?.fallbackReason ? t('intake.localAddresses') : t('intake.addressHelp')}
      placeholder={t('intake.addressPlaceholder')}
      required
      autoFocus
      error={error}
      inputRef={inputRef}
      value={value}
      onChange={onChange}
      items={results}
      itemKey={(address) => `${address.lat},${address.lon},${address.label}`}
      nothingFound={searching && !pending ? t('intake.noAddress') : undefined}
      pickFirstOnEnter
      holdEnterWhenEmpty={!settled}
      pending={pending}
      onPick={onPick}
      renderItem={(address) => (
        <Text size="sm">
          {address.label}
          {address.type === 'street' && (
            <Text span size="xs" c="dimmed">
              {' '}
              · {address.housenumber === null ? t('intake.wholeStreet') : t('intake.numberNotFound')}
            </Text>
          )}
        </Text>
      )}
    />
  );
}
