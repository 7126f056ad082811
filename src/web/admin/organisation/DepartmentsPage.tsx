import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminDepartment } from '../../../core/api/admin.js';
import { normalise } from '../../../core/glossary/text.js';
import { options } from '../../app/directory.js';
import { adminApi } from '../api.js';
import { byName, namesOf } from '../names.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { NameCell } from '../ui/NameCell.js';
import { RowActions } from '../ui/RowActions.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { DepartmentForm } from './DepartmentForm.js';

const matches = (department: AdminDepartment, search: string) =>
  normalise(`${department.name} ${department.code}`).includes(normalise(search.trim()));

/** The departments of each body: who emits requests, who receives them, and the hubs' territories. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const departments = useEntityList(adminApi.departments);
  const bodies = useEntityList(adminApi.bodies);
  const territories = useEntityList(adminApi.territories);
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<AdminDepartment | 'new' | null>(null);
  const [removing, setRemoving] = useState<AdminDepartment | null>(null);

  const bodyNames = namesOf(bodies);
  const territoryNames = namesOf(territories);
  const none = t('common.none');
  const shown = departments.filter((d) => (bodyId === null || d.bodyId === bodyId) && matches(d, search)).sort(byName);

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.departments.title')} description={t('admin.departments.description')}>
        <Button leftSection={<IconPlus aria-hidden size={16} />} onClick={() => setEditing('new')}>
          {t('admin.departments.new')}
        </Button>
      </SectionHeader>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('admin.filter')}
          leftSection={<IconSearch aria-hidden size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={260}
        />
        <Select
          label={t('admin.field.body')}
          placeholder={t('admin.allBodies')}
          clearable
          data={options(bodies)}
          value={bodyId}
          onChange={setBodyId}
          w={260}
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
        actions={(d) => <RowActions name={d.name} onEdit={() => setEditing(d)} onRemove={() => setRemoving(d)} />}
        empty={{ title: t('admin.departments.emptyTitle'), description: t('admin.departments.emptyDescription') }}
      />
      {editing && <DepartmentForm department={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmModal
          title={t('admin.confirmDelete', { name: removing.name })}
          message={t('admin.departments.deleteMessage')}
          confirmLabel={t('admin.delete')}
          done={t('admin.deleted', { name: removing.name })}
          run={() => adminApi.departments.remove(removing.id)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
