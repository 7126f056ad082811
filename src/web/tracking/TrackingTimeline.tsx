import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrackingEventDto } from '../../core/api/tracking.js';
import { publicDateTime, publicDay } from './dates.js';

/** The public updates, newest first: what happened and when, with the words sent to the requester. */
export function TrackingTimeline({ events }: { events: readonly TrackingEventDto[] }) {
  const { t, i18n } = useTranslation();
  const newestFirst = events.toReversed();

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="tracking-updates">
      <Stack gap="md">
        <Title order={2} size="h4" id="tracking-updates">
          {t('tracking.updates')}
        </Title>
        {newestFirst.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('tracking.noUpdates')}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} role="list" aria-labelledby="tracking-updates">
            {newestFirst.map((event) => (
              <Timeline.Item
                key={`${event.at}-${event.type}`}
                role="listitem"
                title={t(`tracking.event.${event.type}`)}
              >
                <Text size="xs" c="dimmed">
                  <time dateTime={event.at}>{publicDateTime(event.at, i18n.language)}</time>
                </Text>
                {event.text && (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {event.text}
                  </Text>
                )}
                {event.holdReason && <Text size="sm">{t(`tracking.holdReason.${event.holdReason}`)}</Text>}
                {event.until && (
                  <Text size="sm">{t('tracking.heldUntil', { day: publicDay(event.until, i18n.language) })}</Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
