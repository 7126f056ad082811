import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeadlineFlag as Flag } from '../../core/deadline-flag-names.js';

/** Overdue or due soon, in words and with an icon (the colour only helps the eye). */
export function DeadlineFlag({ flag }: { flag: Flag | null }) {
  const { t } = useTranslation();
  if (!flag) return null;
  const overdue = flag === 'overdue';
  const Icon = overdue ? IconAlertTriangle : IconClock;
  return (
    <Group gap={4} wrap="nowrap" c={overdue ? 'red.9' : 'orange.9'}>
      <Icon aria-hidden size={14} />
      <Text span size="sm" fw={600}>
        {t(`queue.flag.${flag}`)}
      </Text>
    </Group>
  );
}
