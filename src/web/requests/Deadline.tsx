import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../core/lifecycle.js';
import { formatDay } from '../ui/dates.js';
import { isOverdue } from './overdue.js';

/** The deadline day; a missed one says so in words and with an icon, not only in red. */
export function Deadline({ deadline, status }: { deadline: string | null; status: Status }) {
  const { t, i18n } = useTranslation();
  if (deadline === null) return t('common.none');
  const day = formatDay(deadline, i18n.language);
  if (!isOverdue(deadline, status)) return day;
  return (
    <div>
      <Text span inherit c="red.9" fw={600}>
        {day}
      </Text>
      <Group gap={4} wrap="nowrap" c="red.9">
        <IconAlertTriangle aria-hidden size={14} />
        <Text span inherit fw={600}>
          {t('list.overdue')}
        </Text>
      </Group>
    </div>
  );
}
