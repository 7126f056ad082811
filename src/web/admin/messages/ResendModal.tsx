import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageDto } from '../../../core/api/notifications.js';
import { INTERRUPTED } from '../../../core/notify.js';
import { resendMessage } from '../api.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';

/**
 * Asks before putting a dead message back in the queue: why it was given up, and that the
 * recipient gets it twice if it had in fact left (the worker never sends a message twice on its own).
 */
export function ResendModal({ message, onClose }: { message: MessageDto; onClose: () => void }) {
  const { t } = useTranslation();
  const interrupted = message.lastError === INTERRUPTED;
  return (
    <ConfirmModal
      title={t('admin.messages.resendTitle', { recipient: message.recipient })}
      message={
        <Stack gap="xs">
          <Text size="sm">
            {interrupted ? t('admin.messages.interrupted') : t('admin.messages.gaveUp', { count: message.attempts })}
          </Text>
          {message.lastError && !interrupted && (
            <div>
              <Text size="xs" c="dimmed">
                {t('admin.messages.lastError')}
              </Text>
              <Code block>{message.lastError}</Code>
            </div>
          )}
          <Text size="sm" fw={600}>
            {t('admin.messages.resendTwice')}
          </Text>
          <Text size="sm">{t('admin.messages.resendNext')}</Text>
        </Stack>
      }
      confirmLabel={t('admin.messages.resend')}
      color="blue"
      done={t('admin.messages.resent', { recipient: message.recipient })}
      conflict={t('admin.messages.resendConflict')}
      run={() => resendMessage(message.id)}
      onClose={onClose}
    />
  );
}
