import { Checkbox, Group, Select, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminDepartment } from '../../../core/api/admin.js';
import { options } from '../../app/directory.js';
import { orNull } from '../adminForm.js';
import { adminApi } from '../api.js';
import { useEntityForm } from '../entityForm.js';
import { onlyId } from '../names.js';
import { useEntityList } from '../queries.js';
import { FormModal } from '../ui/FormModal.js';
import { CodeField, NameField } from '../ui/fields.js';

/** Creates a department (`department` null) or changes it; a hub covers one territory. */
export function DepartmentForm({ department, onClose }: { department: AdminDepartment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const bodies = useEntityList(adminApi.bodies);
  const territories = useEntityList(adminApi.territories);
  const form = useEntityForm({
    api: adminApi.departments,
    item: department,
    initial: () => ({
      bodyId: department?.bodyId ?? onlyId(bodies),
      code: department?.code ?? '',
      name: department?.name ?? '',
      isHub: department?.isHub ?? false,
      territoryId: department?.territoryId ?? null,
      emits: department?.emits ?? true,
      receives: department?.receives ?? true,
      email: department?.email ?? '',
    }),
    toInput: (values) => ({ ...values, email: orNull(values.email) }),
    onSaved: onClose,
  });

  return (
    <FormModal
      title={department ? t('admin.departments.edit') : t('admin.departments.new')}
      form={form}
      onClose={onClose}
      size="lg"
    >
      <NameField {...form.text('name')} />
      <Group grow align="flex-start">
        <CodeField {...form.text('code')} />
        <Select label={t('admin.field.body')} required data={options(bodies)} {...form.select('bodyId')} />
      </Group>
      <Switch
        label={t('admin.departments.isHub')}
        description={t('admin.departments.isHubHelp')}
        {...form.checkbox('isHub')}
      />
      <Select
        label={t('admin.departments.territory')}
        description={t('admin.departments.territoryHelp')}
        required={form.values.isHub}
        clearable
        searchable
        data={options(territories)}
        {...form.select('territoryId')}
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
