import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
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
  conflict,
}: {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Said once it is done. */
  done: string;
  run: () => Promise<unknown>;
  onClose: () => void;
  color?: string;
  /** What a 409 means here; by default, that something still points at the thing. */
  conflict?: string;
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
    // A refusal often means the page is out of date (someone else changed the thing): read it again.
    onError: refresh,
  });

  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text size="sm" component="div">
          {message}
        </Text>
        <AdminFormError error={mutation.error} conflict={conflict ?? t('admin.errors.inUse')} />
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
