import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminContractor } from '../../../core/api/admin.js';
import { orNull } from '../adminForm.js';
import { adminApi } from '../api.js';
import { useEntityForm } from '../entityForm.js';
import { FormModal } from '../ui/FormModal.js';
import { CodeField, NameField } from '../ui/fields.js';

/** Creates a contractor company (`contractor` null) or changes it. */
export function ContractorForm({ contractor, onClose }: { contractor: AdminContractor | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useEntityForm({
    api: adminApi.contractors,
    item: contractor,
    initial: () => ({ code: contractor?.code ?? '', name: contractor?.name ?? '', email: contractor?.email ?? '' }),
    toInput: (values) => ({ ...values, email: orNull(values.email) }),
    onSaved: onClose,
  });

  return (
    <FormModal
      title={contractor ? t('admin.contractors.edit') : t('admin.contractors.new')}
      form={form}
      onClose={onClose}
    >
      <NameField {...form.text('name')} />
      <CodeField {...form.text('code')} />
      <TextInput
        label={t('admin.field.email')}
        description={t('admin.contractors.emailHelp')}
        type="email"
        {...form.text('email')}
      />
    </FormModal>
  );
}
