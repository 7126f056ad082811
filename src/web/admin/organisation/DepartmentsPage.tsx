import { Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { options } from '../../app/directory.js';
import { adminApi } from '../api.js';
import { useEntityDialogs } from '../entityDialogs.js';
import { byName, matchesSearch, namesOf } from '../names.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ChoiceFilter, SearchFilter } from '../ui/ListFilters.js';
import { NameCell } from '../ui/NameCell.js';
import { NewButton } from '../ui/NewButton.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { DepartmentForm } from './DepartmentForm.js';

/** The departments of each body: who emits requests, who receives them, and the hubs' territories. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const departments = useEntityList(adminApi.departments);
  const bodies = useEntityList(adminApi.bodies);
  const territories = useEntityList(adminApi.territories);
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const dialogs = useEntityDialogs({
    api: adminApi.departments,
    form: (department, onClose) => <DepartmentForm department={department} onClose={onClose} />,
    deleteMessage: t('admin.departments.deleteMessage'),
  });

  const bodyNames = namesOf(bodies);
  const territoryNames = namesOf(territories);
  const none = t('common.none');
  const shown = departments
    .filter((d) => (bodyId === null || d.bodyId === bodyId) && matchesSearch(search, d.name, d.code))
    .sort(byName);

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.departments.title')} description={t('admin.departments.description')}>
        <NewButton label={t('admin.departments.new')} onClick={dialogs.create} />
      </SectionHeader>
      <Group gap="sm" align="flex-end">
        <SearchFilter label={t('admin.filter')} value={search} onChange={setSearch} />
        <ChoiceFilter
          label={t('admin.field.body')}
          placeholder={t('admin.allBodies')}
          data={options(bodies)}
          value={bodyId}
          onChange={setBodyId}
        />
      </Group>
      <AdminTable
        caption={t('admin.departments.title')}
        items={shown}
        minWidth={700}
        columns={[
          {
            header: t('admin.field.name'),
            cell: (d) => <NameCell name={d.name} code={d.code} detail={d.email} />,
          },
          { header: t('admin.field.body'), cell: (d) => bodyNames.get(d.bodyId) ?? none },
          {
            header: t('admin.departments.territory'),
            cell: (d) => (
              <Group gap={6}>
                {d.isHub && (
                  <Badge variant="outline" tt="none" miw="max-content">
                    {t('admin.departments.hub')}
                  </Badge>
                )}
                <Text size="sm">{(d.territoryId && territoryNames.get(d.territoryId)) ?? none}</Text>
              </Group>
            ),
          },
          {
            header: t('admin.departments.flow'),
            nowrap: true,
            cell: (d) =>
              [d.emits && t('admin.departments.emitsShort'), d.receives && t('admin.departments.receivesShort')]
                .filter(Boolean)
                .join(' · ') || none,
          },
        ]}
        actions={dialogs.actions}
        empty={{ title: t('admin.departments.emptyTitle'), description: t('admin.departments.emptyDescription') }}
      />
      {dialogs.dialog}
    </Stack>
  );
}
