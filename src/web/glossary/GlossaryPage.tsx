import { Button, Grid, Group, NavLink, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconSitemap } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Glossary, GlossaryCategory, GlossaryFamily } from '../../core/api/glossary.js';
import { EmptyState } from '../ui/EmptyState.js';
import { ErrorState } from '../ui/ErrorState.js';
import { Loading } from '../ui/Loading.js';
import { PageTitle } from '../ui/PageTitle.js';
import { CategoryLine, fromSearchResult } from './CategoryLine.js';
import { CategorySheet } from './CategorySheet.js';
import { ROUTING_MAP_PATH } from './paths.js';
import classes from './print.module.css';
import { useGlossary, useGlossarySearch } from './queries.js';

const SEARCH_DEBOUNCE_MS = 150;

interface Entry {
  category: GlossaryCategory;
  family: GlossaryFamily;
}

function entriesById(glossary: Glossary): Map<string, Entry> {
  return new Map(
    glossary.families.flatMap((family) => family.categories.map((category) => [category.id, { category, family }])),
  );
}

/** Every family with its categories, each naming who acts. */
function FamilyList({
  glossary,
  selectedId,
  onSelect,
}: {
  glossary: Glossary;
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  return (
    <Stack gap="md">
      {glossary.families.map((family) => (
        <section key={family.id} aria-labelledby={`family-${family.id}`}>
          <Title order={2} size="h5" id={`family-${family.id}`}>
            {family.name}
          </Title>
          <Text size="xs" c="dimmed" mb={4}>
            {family.body.name}
            {family.description && ` · ${family.description}`}
          </Text>
          {family.categories.map((category) => (
            <NavLink
              key={category.id}
              component="button"
              type="button"
              label={category.name}
              description={category.department.name}
              active={category.id === selectedId}
              aria-current={category.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(category.id)}
            />
          ))}
        </section>
      ))}
    </Stack>
  );
}

/**
 * "Glossaire": from any word a citizen or an agent would use, to the category, the department
 * that acts and its procedure. Families and categories to browse when no word comes to mind.
 */
export function GlossaryPage() {
  const { t } = useTranslation();
  const glossary = useGlossary();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(q.trim(), SEARCH_DEBOUNCE_MS);
  const search = useGlossarySearch(debounced);
  const selectedId = params.get('categorie');
  const sheetHeading = useRef<HTMLHeadingElement>(null);
  const [focusSheet, setFocusSheet] = useState(false);

  useEffect(() => {
    if (focusSheet && sheetHeading.current) {
      sheetHeading.current.focus();
      setFocusSheet(false);
    }
  });

  if (glossary.isPending) return <Loading />;
  if (glossary.isError) return <ErrorState error={glossary.error} onRetry={() => void glossary.refetch()} />;

  const entries = entriesById(glossary.data);
  const selected = selectedId ? entries.get(selectedId) : undefined;
  const searching = debounced.length > 0;
  const results = searching ? (search.data ?? []) : [];

  // The address keeps the words and the category, so a sheet can be sent to a colleague.
  const select = (id: string) => {
    setParams(q.trim() ? { q: q.trim(), categorie: id } : { categorie: id }, { replace: true });
    setFocusSheet(true);
  };

  return (
    <Stack gap="md" className={classes.printable}>
      <Group justify="space-between" align="flex-end" className={classes.screenOnly}>
        <div>
          <PageTitle>{t('glossary.title')}</PageTitle>
          <Text c="dimmed" size="sm">
            {t('glossary.subtitle')}
          </Text>
        </div>
        <Button
          component={Link}
          to={ROUTING_MAP_PATH}
          variant="light"
          leftSection={<IconSitemap aria-hidden size={18} />}
        >
          {t('glossary.routingMapTitle')}
        </Button>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }} className={classes.screenOnly}>
          <Stack gap="md">
            <TextInput
              type="search"
              label={t('glossary.search')}
              description={t('glossary.searchHelp')}
              placeholder={t('glossary.searchPlaceholder')}
              leftSection={<IconSearch aria-hidden size={16} />}
              autoFocus
              value={q}
              onChange={(event) => setQ(event.currentTarget.value)}
              onKeyDown={(event) => {
                const first = results[0];
                if (event.key === 'Enter' && first) select(first.category.id);
              }}
            />
            {searching && (
              <section aria-label={t('glossary.results')}>
                <Text size="sm" c="dimmed" aria-live="polite" mb={4}>
                  {search.data ? t('glossary.resultCount', { count: results.length }) : t('common.loading')}
                </Text>
                {search.data && results.length === 0 && (
                  <EmptyState title={t('glossary.noResultTitle')} description={t('glossary.noResultText')} />
                )}
                {results.map((result) => (
                  <NavLink
                    key={result.category.id}
                    component="button"
                    type="button"
                    label={<CategoryLine line={fromSearchResult(result)} />}
                    active={result.category.id === selectedId}
                    aria-current={result.category.id === selectedId ? 'true' : undefined}
                    onClick={() => select(result.category.id)}
                  />
                ))}
              </section>
            )}
            {!searching &&
              (glossary.data.families.length === 0 ? (
                <EmptyState title={t('glossary.emptyTitle')} description={t('glossary.emptyText')} />
              ) : (
                <FamilyList glossary={glossary.data} selectedId={selectedId} onSelect={select} />
              ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {selected ? (
            <CategorySheet category={selected.category} family={selected.family} headingRef={sheetHeading} />
          ) : (
            <EmptyState title={t('glossary.pickTitle')} description={t('glossary.pickText')} />
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
