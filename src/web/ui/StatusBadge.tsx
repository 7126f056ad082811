import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../core/lifecycle.js';

/** The colour of each status; shared with the map's markers so both read alike. */
export const STATUS_COLOR: Record<Status, MantineColor> = {
  new: 'blue',
  accepted: 'indigo',
  in_progress: 'cyan',
  on_hold: 'yellow',
  awaiting_validation: 'grape',
  sent_to_contractor: 'violet',
  resolved: 'green',
  closed: 'gray',
  rejected: 'red',
  redirected: 'orange',
  duplicate: 'gray',
};

/** The status in words; the coloured dot only helps the eye (dark text keeps the contrast). */
export function StatusBadge({ status, size = 'md' }: { status: Status; size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]} size={size} tt="none" miw="max-content">
      {t(`status.${status}`)}
    </Badge>
  );
}
