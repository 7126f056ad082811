import { useTranslation } from 'react-i18next';
import type { AdminBody } from '../../../core/api/admin.js';
import { adminApi } from '../api.js';
import { useEntityForm } from '../entityForm.js';
import { FormModal } from '../ui/FormModal.js';
import { CodeField, NameField } from '../ui/fields.js';

/** Creates a body (`body` null) or changes its code and name. */
export function BodyForm({ body, onClose }: { body: AdminBody | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useEntityForm({
    api: adminApi.bodies,
    item: body,
    initial: () => ({ code: body?.code ?? '', name: body?.name ?? '' }),
    onSaved: onClose,
  });

  return (
    <FormModal title={body ? t('admin.bodies.edit') : t('admin.bodies.new')} form={form} onClose={onClose}>
      <NameField {...form.text('name')} />
      <CodeField {...form.text('code')} />
    </FormModal>
  );
}
