import { Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestResponse } from '../../core/api/glossary.js';
import { type DirectoryIndex, nameOf, useDirectory } from '../app/directory.js';
import { CategoryLine, type CategoryLineData, fromSearchResult } from '../glossary/CategoryLine.js';
import { useGlossarySearch } from '../glossary/queries.js';
import { SearchCombobox } from './SearchCombobox.js';

export type Suggestion = SuggestResponse['suggestions'][number];
export interface ChosenCategory {
  id: string;
  name: string;
}

const SEARCH_DEBOUNCE_MS = 150;

function whereOf(directory: DirectoryIndex, categoryId: string): string {
  const category = directory.categoryById.get(categoryId);
  if (!category) return '';
  return [nameOf(directory.familyById, category.familyId), nameOf(directory.departmentById, category.departmentId)]
    .filter(Boolean)
    .join(' · ');
}

interface CategoryFieldProps {
  category: ChosenCategory | null;
  onPick(category: ChosenCategory): void;
  onClear(): void;
  /** The top suggestions from the description, also offered as buttons (Alt+1 to Alt+3). */
  suggestions: readonly Suggestion[];
  error?: string;
}

/**
 * The category, found from the citizen's own words: a search as one types (Enter picks the
 * first), or one of the suggestions drawn from the description.
 */
export function CategoryField({ category, onPick, onClear, suggestions, error }: CategoryFieldProps) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const chipsId = useId();
  const [text, setText] = useState(category?.name ?? '');
  const [debounced] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const searching = text.trim() !== '' && text !== category?.name;
  const search = useGlossarySearch(searching ? debounced : '');

  // A category picked elsewhere (a suggestion's button, a shortcut) shows in the field.
  useEffect(() => {
    if (category) setText(category.name);
  }, [category]);

  const options: CategoryLineData[] = searching
    ? (search.data ?? []).map(fromSearchResult)
    : suggestions.map((suggestion) => ({
        id: suggestion.categoryId,
        name: suggestion.name,
        where: whereOf(directory, suggestion.categoryId),
        terms: [],
        synonyms: [],
        suggestedBy: suggestion.words,
      }));

  return (
    <Stack gap={6}>
      <SearchCombobox<CategoryLineData>
        label={t('field.category')}
        description={t('intake.categoryHelp')}
        placeholder={t('intake.categoryPlaceholder')}
        error={error}
        value={text}
        onChange={(value) => {
          setText(value);
          if (category && value !== category.name) onClear();
        }}
        items={options}
        itemKey={(option) => option.id}
        heading={searching ? undefined : t('intake.suggestionsHeading')}
        nothingFound={searching && !search.isFetching && debounced === text ? t('intake.noCategory') : undefined}
        pickFirstOnEnter
        pending={searching && (debounced !== text || search.isFetching)}
        onPick={(option) => onPick({ id: option.id, name: option.name })}
        renderItem={(option) => <CategoryLine line={option} />}
      />
      {suggestions.length > 0 && (
        <Group gap="xs" aria-labelledby={`${chipsId}-label`} role="group">
          <Text size="xs" c="dimmed" id={`${chipsId}-label`}>
            {t('intake.suggestionsHeading')}
          </Text>
          {suggestions.map((suggestion, index) => (
            <Button
              key={suggestion.categoryId}
              type="button"
              size="compact-sm"
              variant={suggestion.categoryId === category?.id ? 'filled' : 'light'}
              aria-pressed={suggestion.categoryId === category?.id}
              aria-keyshortcuts={`Alt+${index + 1}`}
              title={t('glossary.suggestedBy', { words: suggestion.words.join(', ') })}
              onClick={() => onPick({ id: suggestion.categoryId, name: suggestion.name })}
              rightSection={<Kbd size="xs">Alt+{index + 1}</Kbd>}
            >
              {suggestion.name}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
