import { Badge } from '@mantine/core';
import { IconLock, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Whether the requester can see an event, in words and with an icon. */
export function VisibilityBadge({ isPublic }: { isPublic: boolean }) {
  const { t } = useTranslation();
  const Icon = isPublic ? IconWorld : IconLock;
  return (
    <Badge
      variant="default"
      size="sm"
      tt="none"
      leftSection={<Icon aria-hidden size={12} />}
      title={t(isPublic ? 'timeline.publicHint' : 'timeline.internalHint')}
    >
      {t(isPublic ? 'timeline.public' : 'timeline.internal')}
    </Badge>
  );
}
