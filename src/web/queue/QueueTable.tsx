import { Anchor, Badge, Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { QueueItem } from '../../core/api/queue.js';
import { nameOf, useDirectory } from '../app/directory.js';
import { returnState } from '../app/returnState.js';
import { useUser } from '../app/session.js';
import { requestPath } from '../requests/paths.js';
import { formatDay } from '../ui/dates.js';
import { RelativeTime } from '../ui/RelativeTime.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { DeadlineFlag } from './DeadlineFlag.js';

interface QueueTableProps {
  items: readonly QueueItem[];
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], checked: boolean) => void;
  /** Names of the colleagues, to say who has each request. */
  assigneeNames: ReadonlyMap<string, string>;
  /** Requests that came into the queue while the page was open. */
  arrived: ReadonlySet<string>;
}

/** The queue: what to do first (deadline and its flag), what it is, where, who has it; boxes to act on many. */
export function QueueTable({ items, selected, onSelect, assigneeNames, arrived }: QueueTableProps) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const user = useUser();
  const state = returnState(useLocation());
  const none = t('common.none');
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.id));
  const someSelected = items.some((item) => selected.has(item.id));

  const assignee = (id: string | null) => {
    if (id === null)
      return (
        <Text span size="sm" c="dimmed">
          {t('queue.unassigned')}
        </Text>
      );
    if (id === user.id) return t('queue.assigneeMe');
    return assigneeNames.get(id) ?? t('queue.assignedColleague');
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('queue.selectAll')}
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                onChange={(event) =>
                  onSelect(
                    items.map((item) => item.id),
                    event.currentTarget.checked,
                  )
                }
              />
            </Table.Th>
            <Table.Th>{t('field.deadline')}</Table.Th>
            <Table.Th>{t('field.reference')}</Table.Th>
            <Table.Th>{t('field.category')}</Table.Th>
            <Table.Th>{t('field.address')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
            <Table.Th>{t('queue.assignee')}</Table.Th>
            <Table.Th>{t('field.age')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} bg={selected.has(item.id) ? 'var(--mantine-primary-color-light)' : undefined}>
              <Table.Td>
                <Checkbox
                  aria-label={t('queue.select', { reference: item.reference })}
                  checked={selected.has(item.id)}
                  onChange={(event) => onSelect([item.id], event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {item.deadline ? formatDay(item.deadline, i18n.language) : none}
                <DeadlineFlag flag={item.flag} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Group gap={6} wrap="nowrap">
                  <Anchor component={Link} to={requestPath(item.id)} state={state} fw={600}>
                    {item.reference}
                  </Anchor>
                  {arrived.has(item.id) && (
                    <Badge size="xs" variant="outline" tt="none" miw="max-content">
                      {t('queue.new')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{nameOf(directory.categoryById, item.categoryId) ?? none}</Table.Td>
              <Table.Td style={{ minWidth: '12rem' }}>{item.address}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{assignee(item.assigneeId)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RelativeTime iso={item.createdAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
