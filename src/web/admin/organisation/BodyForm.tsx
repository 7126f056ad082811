import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminBody } from '../../../core/api/admin.js';
import { notifySuccess } from '../../ui/notify.js';
import { useAdminForm } from '../adminForm.js';
import { adminApi } from '../api.js';
import { FormModal } from '../ui/FormModal.js';

/** Creates a body (`body` null) or changes its code and name. */
export function BodyForm({ body, onClose }: { body: AdminBody | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useAdminForm({
    initial: () => ({ code: body?.code ?? '', name: body?.name ?? '' }),
    save: (values) => (body ? adminApi.bodies.update(body.id, values) : adminApi.bodies.create(values)),
    onSaved: (saved) => {
      notifySuccess(t('admin.saved', { name: saved.name }));
      onClose();
    },
  });

  return (
    <FormModal
      title={body ? t('admin.bodies.edit') : t('admin.bodies.new')}
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
    </FormModal>
  );
}
