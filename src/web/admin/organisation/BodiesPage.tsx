import { Button, Code, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminBody } from '../../../core/api/admin.js';
import { adminApi } from '../api.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { RowActions } from '../ui/RowActions.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { BodyForm } from './BodyForm.js';

/** The public bodies (the city, the urban community…) whose departments handle requests. */
export function BodiesPage() {
  const { t } = useTranslation();
  const bodies = useEntityList(adminApi.bodies);
  const departments = useEntityList(adminApi.departments);
  const [editing, setEditing] = useState<AdminBody | 'new' | null>(null);
  const [removing, setRemoving] = useState<AdminBody | null>(null);
  const departmentCount = (body: AdminBody) => departments.filter((d) => d.bodyId === body.id).length;

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.bodies.title')} description={t('admin.bodies.description')}>
        <Button leftSection={<IconPlus aria-hidden size={16} />} onClick={() => setEditing('new')}>
          {t('admin.bodies.new')}
        </Button>
      </SectionHeader>
      <AdminTable
        caption={t('admin.bodies.title')}
        items={bodies}
        columns={[
          { header: t('admin.field.name'), cell: (body) => body.name },
          { header: t('admin.field.code'), cell: (body) => <Code>{body.code}</Code>, nowrap: true },
          { header: t('admin.departments.title'), cell: departmentCount },
        ]}
        actions={(body) => (
          <RowActions name={body.name} onEdit={() => setEditing(body)} onRemove={() => setRemoving(body)} />
        )}
        empty={{ title: t('admin.bodies.emptyTitle'), description: t('admin.bodies.emptyDescription') }}
      />
      {editing && <BodyForm body={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmModal
          title={t('admin.confirmDelete', { name: removing.name })}
          message={t('admin.bodies.deleteMessage')}
          confirmLabel={t('admin.delete')}
          done={t('admin.deleted', { name: removing.name })}
          run={() => adminApi.bodies.remove(removing.id)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
