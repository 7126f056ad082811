import { Code, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { adminApi } from '../api.js';
import { useEntityDialogs } from '../entityDialogs.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { NewButton } from '../ui/NewButton.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { ContractorForm } from './ContractorForm.js';

/** The companies work orders are sent to; their staff sign in as contractor users. */
export function ContractorsPage() {
  const { t } = useTranslation();
  const contractors = useEntityList(adminApi.contractors);
  const dialogs = useEntityDialogs({
    api: adminApi.contractors,
    form: (contractor, onClose) => <ContractorForm contractor={contractor} onClose={onClose} />,
    deleteMessage: t('admin.contractors.deleteMessage'),
  });
  const none = t('common.none');

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.contractors.title')} description={t('admin.contractors.description')}>
        <NewButton label={t('admin.contractors.new')} onClick={dialogs.create} />
      </SectionHeader>
      <AdminTable
        caption={t('admin.contractors.title')}
        items={contractors}
        columns={[
          { header: t('admin.field.name'), cell: (contractor) => contractor.name },
          { header: t('admin.field.code'), cell: (contractor) => <Code>{contractor.code}</Code>, nowrap: true },
          { header: t('admin.field.email'), cell: (contractor) => contractor.email ?? none },
        ]}
        actions={dialogs.actions}
        empty={{ title: t('admin.contractors.emptyTitle'), description: t('admin.contractors.emptyDescription') }}
      />
      {dialogs.dialog}
    </Stack>
  );
}
