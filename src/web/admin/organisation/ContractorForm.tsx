import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminContractor } from '../../../core/api/admin.js';
import { notifySuccess } from '../../ui/notify.js';
import { orNull, useAdminForm } from '../adminForm.js';
import { adminApi } from '../api.js';
import { FormModal } from '../ui/FormModal.js';

/** Creates a contractor company (`contractor` null) or changes it. */
export function ContractorForm({ contractor, onClose }: { contractor: AdminContractor | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useAdminForm({
    initial: () => ({ code: contractor?.code ?? '', name: contractor?.name ?? '', email: contractor?.email ?? '' }),
    save: (values) => {
      const input = { ...values, email: orNull(values.email) };
      return contractor ? adminApi.contractors.update(contractor.id, input) : adminApi.contractors.create(input);
    },
    onSaved: (saved) => {
      notifySuccess(t('admin.saved', { name: saved.name }));
      onClose();
    },
  });

  return (
    <FormModal
      title={contractor ? t('admin.contractors.edit') : t('admin.contractors.new')}
      onClose={onClose}
      onSubmit={form.onSubmit}
      pending={form.mutation.isPending}
      error={form.mutation.error}
    >
      <TextInput label={t('admin.field.name')} required data-autofocus {...form.text('name')} />
      <TextInput
        label={t('admin.field.code')}
        description={t('admin.field.codeHelp')}
        required
        {...form.text('code')}
      />
      <TextInput
        label={t('admin.field.email')}
        description={t('admin.contractors.emailHelp')}
        type="email"
        {...form.text('email')}
      />
    </FormModal>
  );
}
