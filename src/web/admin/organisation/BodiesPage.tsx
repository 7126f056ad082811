import { Code, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminBody } from '../../../core/api/admin.js';
import { adminApi } from '../api.js';
import { useEntityDialogs } from '../entityDialogs.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { NewButton } from '../ui/NewButton.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { BodyForm } from './BodyForm.js';

/** The public bodies (the city, the urban community…) whose departments handle requests. */
export function BodiesPage() {
  const { t } = useTranslation();
  const bodies = useEntityList(adminApi.bodies);
  const departments = useEntityList(adminApi.departments);
  const dialogs = useEntityDialogs({
    api: adminApi.bodies,
    form: (body, onClose) => <BodyForm body={body} onClose={onClose} />,
    deleteMessage: t('admin.bodies.deleteMessage'),
  });
  const departmentCount = (body: AdminBody) => departments.filter((d) => d.bodyId === body.id).length;

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.bodies.title')} description={t('admin.bodies.description')}>
        <NewButton label={t('admin.bodies.new')} onClick={dialogs.create} />
      </SectionHeader>
      <AdminTable
        caption={t('admin.bodies.title')}
        items={bodies}
        columns={[
          { header: t('admin.field.name'), cell: (body) => body.name },
          { header: t('admin.field.code'), cell: (body) => <Code>{body.code}</Code>, nowrap: true },
          { header: t('admin.departments.title'), cell: departmentCount },
        ]}
        actions={dialogs.actions}
        empty={{ title: t('admin.bodies.emptyTitle'), description: t('admin.bodies.emptyDescription') }}
      />
      {dialogs.dialog}
    </Stack>
  );
}
