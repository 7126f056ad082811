import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type Ref, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../core/api/dispatch.js';
import { nameOf, useDirectory } from '../app/directory.js';
import { searchGlossary } from './api.js';

export interface CategoryChoice {
  categoryId: string;
  /** The words that made it match, to show why. */
  words: readonly string[];
}

interface CategorySearchProps {
  value: string | null;
  onChange: (choice: CategoryChoice) => void;
  /** Offered before anything is typed: the glossary's suggestions from the description. */
  suggestions: Proposal['suggestions'];
  inputRef: Ref<HTMLInputElement>;
  error?: string | undefined;
}

interface Option {
  categoryId: string;
  name: string;
  detail: string;
  words: readonly string[];
}

/**
 * The category, changed by searching the glossary with any word (typos and accents tolerated);
 * before typing, the suggestions from the description are offered.
 */
export function CategorySearch({ value, onChange, suggestions, inputRef, error }: CategorySearchProps) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const current = nameOf(directory.categoryById, value) ?? '';
  const [search, setSearch] = useState(current);
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const searching = debounced.length > 0 && debounced !== current;
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const results = useQuery({
    queryKey: ['dispatch-category-search', debounced],
    queryFn: () => searchGlossary(debounced),
    enabled: searching,
    staleTime: 5 * 60_000,
  });

  useEffect(() => setSearch(current), [current]);

  const familyOf = (categoryId: string) => {
    const category = directory.categoryById.get(categoryId);
    return category ? (nameOf(directory.familyById, category.familyId) ?? '') : '';
  };
  const options: Option[] = searching
    ? (results.data ?? []).map((result) => ({
        categoryId: result.category.id,
        name: result.category.name,
        detail: `${result.family.name} · ${result.department.name}`,
        words: result.matchedTerms,
      }))
    : suggestions.map((suggestion) => ({
        categoryId: suggestion.categoryId,
        name: suggestion.name,
        detail: familyOf(suggestion.categoryId),
        words: suggestion.words,
      }));

  // The best match is one Enter away.
  useEffect(() => {
    if (results.data) combobox.selectFirstOption();
  }, [results.data, combobox.selectFirstOption]);

  const choose = (categoryId: string) => {
    const option = options.find((o) => o.categoryId === categoryId);
    if (option) {
      onChange({ categoryId, words: option.words });
      // Also when it was the category already: the typed words give way to its name.
      setSearch(option.name);
    }
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={choose}>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          label={t('dispatch.category')}
          description={t('dispatch.categoryHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          error={error}
          leftSection={<IconSearch aria-hidden size={16} />}
          rightSection={results.isFetching ? <Loader size={14} aria-hidden /> : null}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={(event) => {
            event.currentTarget.select();
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || !combobox.dropdownOpened) return;
            // Enter in the open list picks a category (the first if none is highlighted); it must
            // not also accept the request, as Enter in the form's fields does.
            event.preventDefault();
            if (combobox.getSelectedOptionIndex() === -1) combobox.selectFirstOption();
          }}
          onBlur={() => {
            combobox.closeDropdown();
            setSearch(current);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options>
          {options.length === 0 ? (
            <Combobox.Empty>
              {searching && !results.isFetching ? t('dispatch.noCategoryFound') : t('dispatch.typeToSearch')}
            </Combobox.Empty>
          ) : (
            options.map((option) => (
              <Combobox.Option value={option.categoryId} key={option.categoryId} active={option.categoryId === value}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <div>
                    <Text size="sm" fw={500}>
                      {option.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {option.detail}
                    </Text>
                  </div>
                  {option.words.length > 0 && (
                    <Text size="xs" c="dimmed" ta="right">
                      {option.words.join(', ')}
                    </Text>
                  )}
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
