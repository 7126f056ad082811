import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrackingDto } from '../../core/api/tracking.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { publicDay } from './dates.js';

/** Where the request stands, and what that means for the requester, in a sentence. */
export function TrackingStatus({ tracking }: { tracking: TrackingDto }) {
  const { t, i18n } = useTranslation();
  const held = tracking.status === 'on_hold' ? tracking.events.findLast((event) => event.type === 'held') : undefined;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="tracking-status">
      <Stack gap="xs">
        <Text size="sm" c="dimmed" id="tracking-status">
          {t('tracking.statusLabel')}
        </Text>
        <div>
          <StatusBadge status={tracking.status} size="lg" />
        </div>
        <Text>{t(`tracking.explanation.${tracking.status}`)}</Text>
        {held?.holdReason && <Text size="sm">{t(`tracking.holdReason.${held.holdReason}`)}</Text>}
        {held?.until && <Text size="sm">{t('tracking.heldUntil', { day: publicDay(held.until, i18n.language) })}</Text>}
      </Stack>
    </Paper>
  );
}
