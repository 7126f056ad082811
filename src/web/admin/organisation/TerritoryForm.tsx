import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminTerritory } from '../../../core/api/admin.js';
import { notifySuccess } from '../../ui/notify.js';
import { useAdminForm } from '../adminForm.js';
import { adminApi } from '../api.js';
import { FormModal } from '../ui/FormModal.js';

/** Renames a territory; its outline changes by importing a GeoJSON file. */
export function TerritoryForm({ territory, onClose }: { territory: AdminTerritory; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useAdminForm({
    initial: () => ({ code: territory.code, name: territory.name }),
    save: (values) => adminApi.territories.update(territory.id, values),
    onSaved: (saved) => {
      notifySuccess(t('admin.saved', { name: saved.name }));
      onClose();
    },
  });

  return (
    <FormModal
      title={t('admin.territories.edit')}
      onClose={onClose}
      onSubmit={form.onSubmit}
      pending={form.mutation.isPending}
      error={form.mutation.error}
    >
      <TextInput label={t('admin.field.name')} required data-autofocus {...form.text('name')} />
      <TextInput
        label={t('admin.field.code')}
        description={t('admin.territories.codeHelp')}
        required
        {...form.text('code')}
      />
    </FormModal>
  );
}
