import { Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestEventDto } from '../../core/api/requests.js';
import { RelativeTime } from '../ui/RelativeTime.js';
import { EventDetails } from './EventDetails.js';
import { VisibilityBadge } from './VisibilityBadge.js';

/** The request's history, oldest first: who did what, when, and whether the requester sees it. */
export function RequestTimeline({ events }: { events: readonly RequestEventDto[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Text size="sm">{t('timeline.empty')}</Text>;

  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} role="list" aria-label={t('detail.timeline')}>
      {events.map((event) => (
        <Timeline.Item
          key={event.id}
          role="listitem"
          title={
            <Group gap="xs">
              <Text fw={600} size="sm">
                {t(`event.${event.type}`)}
              </Text>
              <VisibilityBadge isPublic={event.public} />
            </Group>
          }
        >
          <Text size="xs" c="dimmed">
            {event.actor?.name ?? t('timeline.system')} · <RelativeTime iso={event.at} />
            {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus && (
              <>
                {' · '}
                {t('timeline.statusChange', {
                  from: t(`status.${event.fromStatus}`),
                  to: t(`status.${event.toStatus}`),
                })}
              </>
            )}
          </Text>
          <EventDetails event={event} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
