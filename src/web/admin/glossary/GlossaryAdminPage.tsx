import { Anchor, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AdminCategory } from '../../../core/api/admin.js';
import { ExportButton } from '../../ui/ExportButton.js';
import { adminApi, EXPORT_URLS } from '../api.js';
import { useEntityDialogs } from '../entityDialogs.js';
import { byName, matchesSearch, namesOf } from '../names.js';
import { useEntityList } from '../queries.js';
import { categoryPath } from '../sections.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { describeCounts, ImportButton, ImportOutcome, useImportFile } from '../ui/ImportFile.js';
import { SearchFilter } from '../ui/ListFilters.js';
import { NameCell } from '../ui/NameCell.js';
import { RowActions } from '../ui/RowActions.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { StateBadge } from '../ui/StateBadge.js';
import { importGlossary } from '../upload.js';
import { FamilyForm } from './FamilyForm.js';

const CSV = '.csv,text/csv';

/** The glossary as administrators maintain it: families, their categories, and the CSV file. */
export function GlossaryAdminPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const families = useEntityList(adminApi.families);
  const categories = useEntityList(adminApi.categories);
  const departmentNames = namesOf(useEntityList(adminApi.departments));
  const bodyNames = namesOf(useEntityList(adminApi.bodies));
  const [search, setSearch] = useState('');
  const familyDialogs = useEntityDialogs({
    api: adminApi.families,
    form: (family, onClose) => <FamilyForm family={family} onClose={onClose} />,
    deleteMessage: t('admin.family.deleteMessage'),
  });
  const [deactivating, setDeactivating] = useState<AdminCategory | null>(null);
  const importing = useImportFile(importGlossary, (result) =>
    t('admin.glossary.imported', {
      families: describeCounts(result.families),
      categories: describeCounts(result.categories),
    }),
  );
  const none = t('common.none');
  const searching = search.trim() !== '';

  const flags = (category: AdminCategory) =>
    [
      category.needsValidation && t('admin.category.validationShort'),
      category.needsContractor && t('admin.category.contractorShort'),
      category.questions.length > 0 && t('admin.category.questionCount', { count: category.questions.length }),
    ]
      .filter(Boolean)
      .join(' · ') || none;

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.glossary.title')} description={t('admin.glossary.description')}>
        <Button variant="default" leftSection={<IconPlus aria-hidden size={16} />} onClick={familyDialogs.create}>
          {t('admin.family.new')}
        </Button>
        <Button component={Link} to={categoryPath(null)} leftSection={<IconPlus aria-hidden size={16} />}>
          {t('admin.category.newTitle')}
        </Button>
      </SectionHeader>
      <Group gap="sm" justify="space-between" align="flex-end">
        <SearchFilter
          label={t('admin.glossary.filter')}
          placeholder={t('admin.glossary.filterPlaceholder')}
          value={search}
          onChange={setSearch}
          width={320}
        />
        <Group gap="xs">
          <ImportButton label={t('admin.glossary.import')} accept={CSV} mutation={importing} />
          <ExportButton href={EXPORT_URLS.glossary} label={t('admin.glossary.export')} />
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('admin.glossary.csvHelp')}
      </Text>
      <ImportOutcome mutation={importing} />
      {families.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {t('admin.glossary.empty')}
        </Text>
      )}
      {families.toSorted(byName).map((family) => {
        const own = categories
          .filter((c) => c.familyId === family.id && matchesSearch(search, c.name, c.code, ...c.synonyms))
          .sort(byName);
        if (searching && own.length === 0) return null;
        return (
          <Stack key={family.id} gap="xs" component="section" aria-labelledby={`family-${family.id}`}>
            <Group justify="space-between" align="flex-end" wrap="nowrap">
              <div>
                <Title order={2} size="h4" id={`family-${family.id}`}>
                  {family.name}
                </Title>
                <Text size="xs" c="dimmed">
                  <Code>{family.code}</Code> · {bodyNames.get(family.bodyId) ?? none}
                  {family.description && ` · ${family.description}`}
                </Text>
              </div>
              <Group gap="xs" wrap="nowrap">
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPlus aria-hidden size={14} />}
                  onClick={() => void navigate(`${categoryPath(null)}?famille=${family.id}`)}
                  aria-label={t('admin.family.addCategoryTo', { name: family.name })}
                >
                  {t('admin.family.addCategory')}
                </Button>
                {familyDialogs.actions(family)}
              </Group>
            </Group>
            <AdminTable
              caption={t('admin.glossary.categoriesOf', { name: family.name })}
              items={own}
              minWidth={680}
              columns={[
                {
                  header: t('admin.field.name'),
                  cell: (category) => (
                    <NameCell
                      name={
                        <Anchor component={Link} to={categoryPath(category.id)} size="sm" fw={500}>
                          {category.name}
                        </Anchor>
                      }
                      code={category.code}
                    />
                  ),
                },
                {
                  header: t('admin.category.department'),
                  cell: (category) => departmentNames.get(category.departmentId) ?? none,
                },
                {
                  header: t('admin.category.deadline'),
                  nowrap: true,
                  cell: (category) => t('admin.category.days', { count: category.deadlineDays }),
                },
                { header: t('admin.category.specifics'), cell: flags },
                {
                  header: t('admin.category.state'),
                  nowrap: true,
                  cell: (category) => (
                    <StateBadge on={category.active}>
                      {t(category.active ? 'admin.category.activeBadge' : 'admin.category.inactiveBadge')}
                    </StateBadge>
                  ),
                },
              ]}
              actions={(category) => (
                <RowActions
                  name={category.name}
                  onEdit={() => void navigate(categoryPath(category.id))}
                  removeLabel={t('admin.category.deactivate')}
                  {...(category.active ? { onRemove: () => setDeactivating(category) } : {})}
                />
              )}
              empty={{ title: t('admin.family.emptyTitle'), description: t('admin.family.emptyDescription') }}
            />
          </Stack>
        );
      })}
      {familyDialogs.dialog}
      {deactivating && (
        <ConfirmModal
          title={t('admin.category.deactivateTitle', { name: deactivating.name })}
          message={t('admin.category.deactivateMessage')}
          confirmLabel={t('admin.category.deactivate')}
          done={t('admin.category.deactivated', { name: deactivating.name })}
          run={() => adminApi.categories.remove(deactivating.id)}
          onClose={() => setDeactivating(null)}
        />
      )}
    </Stack>
  );
}
