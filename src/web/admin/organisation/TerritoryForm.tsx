import { useTranslation } from 'react-i18next';
import type { AdminTerritory } from '../../../core/api/admin.js';
import { adminApi } from '../api.js';
import { useEntityForm } from '../entityForm.js';
import { FormModal } from '../ui/FormModal.js';
import { CodeField, NameField } from '../ui/fields.js';

/** Renames a territory; its outline changes by importing a GeoJSON file. */
export function TerritoryForm({ territory, onClose }: { territory: AdminTerritory; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useEntityForm({
    api: adminApi.territories,
    item: territory,
    initial: () => ({ code: territory.code, name: territory.name }),
    onSaved: onClose,
  });

  return (
    <FormModal title={t('admin.territories.edit')} form={form} onClose={onClose}>
      <NameField {...form.text('name')} />
      <CodeField description={t('admin.territories.codeHelp')} {...form.text('code')} />
    </FormModal>
  );
}
