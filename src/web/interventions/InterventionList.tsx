import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Intervention } from '../../core/api/interventions.js';
import type { PhotoDto } from '../../core/api/photos.js';
import { RelativeTime } from '../ui/RelativeTime.js';
import { PhotoStrip } from './PhotoStrip.js';

/** "1 h 30", "45 min". */
function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return t('interventions.minutes', { count: rest });
    return rest === 0
      ? t('interventions.hours', { count: hours })
      : t('interventions.hoursMinutes', { hours, minutes: rest });
  };
}

/** The work recorded, oldest first: when, who, the outcome in words and icon, time, quantity, photos. */
export function InterventionList({ items, photos }: { items: readonly Intervention[]; photos: readonly PhotoDto[] }) {
  const { t, i18n } = useTranslation();
  const duration = useDuration();
  const photoById = new Map(photos.map((photo) => [photo.id, photo]));
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((intervention) => {
        const done = intervention.outcome === 'done';
        const Icon = done ? IconCheck : IconX;
        const shown = intervention.photoIds.flatMap((id) => photoById.get(id) ?? []);
        return (
          <Paper key={intervention.id} component="li" withBorder p="sm">
            <Stack gap={4}>
              <Group gap="xs" justify="space-between">
                <Badge
                  variant="light"
                  color={done ? 'green' : 'orange'}
                  c="dark"
                  tt="none"
                  leftSection={<Icon aria-hidden size={12} />}
                >
                  {t(`interventions.outcomes.${intervention.outcome}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {intervention.doneBy.name} · <RelativeTime iso={intervention.doneAt} />
                </Text>
              </Group>
              {(intervention.minutesSpent !== null || intervention.quantity !== null) && (
                <Text size="sm">
                  {[
                    intervention.minutesSpent !== null && duration(intervention.minutesSpent),
                    intervention.quantity !== null &&
                      `${number.format(intervention.quantity)} ${intervention.unit ?? ''}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              )}
              {intervention.notes && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {intervention.notes}
                </Text>
              )}
              {intervention.notDoneReason && (
                <Text size="sm">{t('interventions.notDoneBecause', { reason: intervention.notDoneReason })}</Text>
              )}
              <PhotoStrip photos={shown} size={72} />
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
