import { Button, Code, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminContractor } from '../../../core/api/admin.js';
import { adminApi } from '../api.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { RowActions } from '../ui/RowActions.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { ContractorForm } from './ContractorForm.js';

/** The companies work orders are sent to; their staff sign in as contractor users. */
export function ContractorsPage() {
  const { t } = useTranslation();
  const contractors = useEntityList(adminApi.contractors);
  const [editing, setEditing] = useState<AdminContractor | 'new' | null>(null);
  const [removing, setRemoving] = useState<AdminContractor | null>(null);
  const none = t('common.none');

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.contractors.title')} description={t('admin.contractors.description')}>
        <Button leftSection={<IconPlus aria-hidden size={16} />} onClick={() => setEditing('new')}>
          {t('admin.contractors.new')}
        </Button>
      </SectionHeader>
      <AdminTable
        caption={t('admin.contractors.title')}
        items={contractors}
        columns={[
          { header: t('admin.field.name'), cell: (contractor) => contractor.name },
          { header: t('admin.field.code'), cell: (contractor) => <Code>{contractor.code}</Code>, nowrap: true },
          { header: t('admin.field.email'), cell: (contractor) => contractor.email ?? none },
        ]}
        actions={(contractor) => (
          <RowActions
            name={contractor.name}
            onEdit={() => setEditing(contractor)}
            onRemove={() => setRemoving(contractor)}
          />
        )}
        empty={{ title: t('admin.contractors.emptyTitle'), description: t('admin.contractors.emptyDescription') }}
      />
      {editing && <ContractorForm contractor={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmModal
          title={t('admin.confirmDelete', { name: removing.name })}
          message={t('admin.contractors.deleteMessage')}
          confirmLabel={t('admin.delete')}
          done={t('admin.deleted', { name: removing.name })}
          run={() => adminApi.contractors.remove(removing.id)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
