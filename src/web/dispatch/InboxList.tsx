import { Badge, Group, NavLink, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem } from '../../core/api/dispatch.js';
import { nameOf, useDirectory } from '../app/directory.js';
import { RelativeTime } from '../ui/RelativeTime.js';
import { inboxPath } from './paths.js';

interface InboxListProps {
  items: readonly InboxItem[];
  currentId: string | null;
  /** Requests that came in while the page was open. */
  arrived: ReadonlySet<string>;
}

/** The new requests, oldest first: what each is (as proposed), where, and how long it has waited. */
export function InboxList({ items, currentId, arrived }: InboxListProps) {
  const { t } = useTranslation();
  const directory = useDirectory();

  return (
    <ul aria-label={t('dispatch.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map(({ request, proposal }) => {
        const current = request.id === currentId;
        const category = nameOf(directory.categoryById, proposal.categoryId);
        return (
          <li key={request.id}>
            <NavLink
              component={Link}
              to={inboxPath(request.id)}
              replace
              active={current}
              aria-current={current ? 'true' : undefined}
              label={
                <Group gap={6} wrap="nowrap">
                  <Text span size="sm" fw={600}>
                    {request.reference}
                  </Text>
                  {arrived.has(request.id) && (
                    <Badge size="xs" variant="outline" tt="none" miw="max-content">
                      {t('dispatch.new')}
                    </Badge>
                  )}
                </Group>
              }
              description={
                <>
                  <Text span size="xs" c="dimmed" display="block" truncate="end">
                    {category ?? t('dispatch.noCategory')}
                  </Text>
                  <Text span size="xs" c="dimmed" display="block" truncate="end">
                    {request.address}
                  </Text>
                  <Text span size="xs" c="dimmed" display="block">
                    <RelativeTime iso={request.createdAt} />
                  </Text>
                </>
              }
            />
          </li>
        );
      })}
    </ul>
  );
}
