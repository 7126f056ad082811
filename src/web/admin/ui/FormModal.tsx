import { Button, Group, Modal, type ModalProps, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmittedForm } from '../adminForm.js';
import { AdminFormError } from './AdminFormError.js';

/**
 * A form in a dialog: fields, the reason it could not be saved, Cancel and Save. Mounted when it
 * opens, so each opening starts from the item's current values. Enter in a field saves.
 */
export function FormModal({
  title,
  form,
  onClose,
  submitLabel,
  size = 'md',
  children,
}: {
  title: string;
  form: SubmittedForm;
  onClose: () => void;
  submitLabel?: string;
  size?: ModalProps['size'];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={form.onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          <AdminFormError error={form.mutation.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.mutation.isPending}>
              {submitLabel ?? t('admin.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
