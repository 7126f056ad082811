import { Anchor, Button, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AdminCategory, AdminFamily } from '../../../core/api/admin.js';
import { normalise } from '../../../core/glossary/text.js';
import { adminApi, EXPORT_URLS } from '../api.js';
import { byName, namesOf } from '../names.js';
import { useEntityList } from '../queries.js';
import { categoryPath } from '../sections.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { describeCounts, ImportButton, ImportOutcome, useImportFile } from '../ui/ImportFile.js';
import { NameCell } from '../ui/NameCell.js';
import { RowActions } from '../ui/RowActions.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { StateBadge } from '../ui/StateBadge.js';
import { importGlossary } from '../upload.js';
import { FamilyForm } from './FamilyForm.js';

const CSV = '.csv,text/csv';

const matches = (category: AdminCategory, search: string) =>
  normalise([category.name, category.code, ...category.synonyms].join(' ')).includes(normalise(search.trim()));

type Removal = { kind: 'family'; family: AdminFamily } | { kind: 'category'; category: AdminCategory };

/** The glossary as administrators maintain it: families, their categories, and the CSV file. */
export function GlossaryAdminPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const families = useEntityList(adminApi.families);
  const categories = useEntityList(adminApi.categories);
  const departmentNames = namesOf(useEntityList(adminApi.departments));
  const bodyNames = namesOf(useEntityList(adminApi.bodies));
  const [search, setSearch] = useState('');
  const [editingFamily, setEditingFamily] = useState<AdminFamily | 'new' | null>(null);
  const [removing, setRemoving] = useState<Removal | null>(null);
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
        <Button
          variant="default"
          leftSection={<IconPlus aria-hidden size={16} />}
          onClick={() => setEditingFamily('new')}
        >
          {t('admin.family.new')}
        </Button>
        <Button component={Link} to={categoryPath(null)} leftSection={<IconPlus aria-hidden size={16} />}>
          {t('admin.category.newTitle')}
        </Button>
      </SectionHeader>
      <Group gap="sm" justify="space-between" align="flex-end">
        <TextInput
          label={t('admin.glossary.filter')}
          placeholder={t('admin.glossary.filterPlaceholder')}
          leftSection={<IconSearch aria-hidden size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <Group gap="xs">
          <ImportButton label={t('admin.glossary.import')} accept={CSV} mutation={importing} />
          <Button
            component="a"
            href={EXPORT_URLS.glossary}
            download
            variant="default"
            leftSection={<IconDownload aria-hidden size={16} />}
          >
            {t('admin.glossary.export')}
          </Button>
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
        const own = categories.filter((c) => c.familyId === family.id && matches(c, search)).sort(byName);
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
                <RowActions
                  name={family.name}
                  onEdit={() => setEditingFamily(family)}
                  onRemove={() => setRemoving({ kind: 'family', family })}
                />
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
                  {...(category.active ? { onRemove: () => setRemoving({ kind: 'category', category }) } : {})}
                />
              )}
              empty={{ title: t('admin.family.emptyTitle'), description: t('admin.family.emptyDescription') }}
            />
          </Stack>
        );
      })}
      {editingFamily && (
        <FamilyForm family={editingFamily === 'new' ? null : editingFamily} onClose={() => setEditingFamily(null)} />
      )}
      {removing?.kind === 'family' && (
        <ConfirmModal
          title={t('admin.confirmDelete', { name: removing.family.name })}
          message={t('admin.family.deleteMessage')}
          confirmLabel={t('admin.delete')}
          done={t('admin.deleted', { name: removing.family.name })}
          run={() => adminApi.families.remove(removing.family.id)}
          onClose={() => setRemoving(null)}
        />
      )}
      {removing?.kind === 'category' && (
        <ConfirmModal
          title={t('admin.category.deactivateTitle', { name: removing.category.name })}
          message={t('admin.category.deactivateMessage')}
          confirmLabel={t('admin.category.deactivate')}
          done={t('admin.category.deactivated', { name: removing.category.name })}
          run={() => adminApi.categories.remove(removing.category.id)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
