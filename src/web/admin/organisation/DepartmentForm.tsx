import { Checkbox, Group, Select, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminDepartment } from '../../../core/api/admin.js';
import { options } from '../../app/directory.js';
import { notifySuccess } from '../../ui/notify.js';
import { orNull, useAdminForm } from '../adminForm.js';
import { adminApi } from '../api.js';
import { useEntityList } from '../queries.js';
import { FormModal } from '../ui/FormModal.js';

/** Creates a department (`department` null) or changes it; a hub covers one territory. */
export function DepartmentForm({ department, onClose }: { department: AdminDepartment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const bodies = useEntityList(adminApi.bodies);
  const territories = useEntityList(adminApi.territories);
  const form = useAdminForm({
    initial: () => ({
      // A city with one body: nothing to choose.
      bodyId: department?.bodyId ?? (bodies.length === 1 ? (bodies[0]?.id ?? null) : null),
      code: department?.code ?? '',
      name: department?.name ?? '',
      isHub: department?.isHub ?? false,
      territoryId: department?.territoryId ?? null,
      emits: department?.emits ?? true,
      receives: department?.receives ?? true,
      email: department?.email ?? '',
    }),
    save: (values) => {
      const input = { ...values, email: orNull(values.email) };
      return department ? adminApi.departments.update(department.id, input) : adminApi.departments.create(input);
    },
    onSaved: (saved) => {
      notifySuccess(t('admin.saved', { name: saved.name }));
      onClose();
    },
  });
  const { values, set, errors } = form;

  return (
    <FormModal
      title={department ? t('admin.departments.edit') : t('admin.departments.new')}
      onClose={onClose}
      onSubmit={form.onSubmit}
      pending={form.mutation.isPending}
      error={form.mutation.error}
      size="lg"
    >
      <TextInput label={t('admin.field.name')} required data-autofocus {...form.text('name')} />
      <Group grow align="flex-start">
        <TextInput
          label={t('admin.field.code')}
          description={t('admin.field.codeHelp')}
          required
          {...form.text('code')}
        />
        <Select
          label={t('admin.field.body')}
          required
          data={options(bodies)}
          value={values.bodyId}
          onChange={(bodyId) => set('bodyId', bodyId)}
          error={errors.bodyId}
        />
      </Group>
      <Switch
        label={t('admin.departments.isHub')}
        description={t('admin.departments.isHubHelp')}
        {...form.checkbox('isHub')}
      />
      <Select
        label={t('admin.departments.territory')}
        description={t('admin.departments.territoryHelp')}
        required={values.isHub}
        clearable
        searchable
        data={options(territories)}
        value={values.territoryId}
        onChange={(territoryId) => set('territoryId', territoryId)}
        error={errors.territoryId}
      />
      <Group>
        <Checkbox label={t('admin.departments.emits')} {...form.checkbox('emits')} />
        <Checkbox label={t('admin.departments.receives')} {...form.checkbox('receives')} />
      </Group>
      <TextInput
        label={t('admin.field.email')}
        description={t('admin.departments.emailHelp')}
        type="email"
        {...form.text('email')}
      />
    </FormModal>
  );
}
