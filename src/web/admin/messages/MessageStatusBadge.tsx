import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageStatus } from '../../../core/notify.js';

const COLOR: Record<MessageStatus, MantineColor> = {
  pending: 'blue',
  sending: 'cyan',
  sent: 'green',
  failed: 'orange',
  dead: 'red',
  kept: 'gray',
};

/** Where a message of the outbox stands, in words; the dot only helps the eye. */
export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={COLOR[status]} tt="none" miw="max-content">
      {t(`admin.messageStatus.${status}`)}
    </Badge>
  );
}
