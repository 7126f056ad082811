import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../ui/notify.js';
import { useRefreshAdmin } from '../adminForm.js';
import { AdminFormError } from './AdminFormError.js';

/**
 * Asks before a change that cannot simply be undone (delete, disable), says what will happen, and
 * makes it. Cancel has the focus, so Enter never confirms by accident.
 */
export function ConfirmModal({
  title,
  message,
  confirmLabel,
  done,
  run,
  onClose,
  color = 'red',
}: {
  title: string;
  message: string;
  confirmLabel: string;
  /** Said once it is done. */
  done: string;
  run: () => Promise<unknown>;
  onClose: () => void;
  color?: string;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshAdmin();
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await refresh();
      notifySuccess(done);
      onClose();
    },
  });

  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        <AdminFormError error={mutation.error} inUse />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color={color} loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
