import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminFamily } from '../../../core/api/admin.js';
import { options } from '../../app/directory.js';
import { notifySuccess } from '../../ui/notify.js';
import { useAdminForm } from '../adminForm.js';
import { adminApi } from '../api.js';
import { useEntityList } from '../queries.js';
import { FormModal } from '../ui/FormModal.js';

/** Creates a family of the glossary (`family` null) or changes it. */
export function FamilyForm({ family, onClose }: { family: AdminFamily | null; onClose: () => void }) {
  const { t } = useTranslation();
  const bodies = useEntityList(adminApi.bodies);
  const form = useAdminForm({
    initial: () => ({
      bodyId: family?.bodyId ?? (bodies.length === 1 ? (bodies[0]?.id ?? null) : null),
      code: family?.code ?? '',
      name: family?.name ?? '',
      description: family?.description ?? '',
    }),
    save: (values) => (family ? adminApi.families.update(family.id, values) : adminApi.families.create(values)),
    onSaved: (saved) => {
      notifySuccess(t('admin.saved', { name: saved.name }));
      onClose();
    },
  });

  return (
    <FormModal
      title={family ? t('admin.family.edit') : t('admin.family.new')}
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
          description={t('admin.family.bodyHelp')}
          required
          data={options(bodies)}
          value={form.values.bodyId}
          onChange={(bodyId) => form.set('bodyId', bodyId)}
          error={form.errors.bodyId}
        />
      </Group>
      <Textarea label={t('admin.field.description')} autosize minRows={2} {...form.text('description')} />
    </FormModal>
  );
}
