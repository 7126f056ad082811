import { Group, Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminFamily } from '../../../core/api/admin.js';
import { options } from '../../app/directory.js';
import { adminApi } from '../api.js';
import { useEntityForm } from '../entityForm.js';
import { onlyId } from '../names.js';
import { useEntityList } from '../queries.js';
import { FormModal } from '../ui/FormModal.js';
import { CodeField, NameField } from '../ui/fields.js';

/** Creates a family of the glossary (`family` null) or changes it. */
export function FamilyForm({ family, onClose }: { family: AdminFamily | null; onClose: () => void }) {
  const { t } = useTranslation();
  const bodies = useEntityList(adminApi.bodies);
  const form = useEntityForm({
    api: adminApi.families,
    item: family,
    initial: () => ({
      bodyId: family?.bodyId ?? onlyId(bodies),
      code: family?.code ?? '',
      name: family?.name ?? '',
      description: family?.description ?? '',
    }),
    onSaved: onClose,
  });

  return (
    <FormModal title={family ? t('admin.family.edit') : t('admin.family.new')} form={form} onClose={onClose} size="lg">
      <NameField {...form.text('name')} />
      <Group grow align="flex-start">
        <CodeField {...form.text('code')} />
        <Select
          label={t('admin.field.body')}
          description={t('admin.family.bodyHelp')}
          required
          data={options(bodies)}
          {...form.select('bodyId')}
        />
      </Group>
      <Textarea label={t('admin.field.description')} autosize minRows={2} {...form.text('description')} />
    </FormModal>
  );
}
