import { PasswordInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../../core/api/admin.js';
import { notifySuccess } from '../../ui/notify.js';
import { useAdminForm } from '../adminForm.js';
import { resetPassword } from '../api.js';
import { FormModal } from '../ui/FormModal.js';

/** Sets a user's new password; their open sessions end (a reset often follows a leak). */
export function PasswordForm({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useAdminForm({
    initial: () => ({ password: '' }),
    save: (values) => resetPassword(user.id, values),
    onSaved: () => {
      notifySuccess(t('admin.users.passwordReset', { name: user.name }));
      onClose();
    },
  });

  return (
    <FormModal
      title={t('admin.users.resetTitle', { name: user.name })}
      form={form}
      onClose={onClose}
      submitLabel={t('admin.users.resetSubmit')}
    >
      <Text size="sm">{t('admin.users.resetMessage')}</Text>
      <PasswordInput
        label={t('admin.users.newPassword')}
        description={t('admin.users.passwordHelp')}
        required
        data-autofocus
        autoComplete="new-password"
        {...form.text('password')}
      />
    </FormModal>
  );
}
