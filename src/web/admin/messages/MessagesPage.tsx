import { Anchor, Button, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageDto } from '../../../core/api/notifications.js';
import { MESSAGE_STATUSES, type MessageStatus } from '../../../core/notify.js';
import { PagedList } from '../../ui/PagedList.js';
import { RelativeTime } from '../../ui/RelativeTime.js';
import { useMessagePages } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ChoiceFilter } from '../ui/ListFilters.js';
import { NameCell } from '../ui/NameCell.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { lastErrorText } from './lastError.js';
import { MessageModal } from './MessageModal.js';
import { MessageStatusBadge } from './MessageStatusBadge.js';
import { ResendModal } from './ResendModal.js';

/**
 * The outbox: what was sent to requesters and departments, kept (no channel), or is still trying;
 * a message given up on (dead) can be put back in the queue.
 */
export function MessagesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<MessageStatus | null>(null);
  const [reading, setReading] = useState<MessageDto | null>(null);
  const [resending, setResending] = useState<MessageDto | null>(null);
  const pages = useMessagePages(status ?? undefined);
  const empty = {
    title: t('admin.messages.emptyTitle'),
    description: t(status ? 'admin.messages.emptyFiltered' : 'admin.messages.emptyDescription'),
  };

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.messages.title')} description={t('admin.messages.description')} />
      <ChoiceFilter<MessageStatus>
        label={t('admin.messages.status')}
        placeholder={t('admin.messages.allStatuses')}
        data={MESSAGE_STATUSES.map((value) => ({ value, label: t(`admin.messageStatus.${value}`) }))}
        value={status}
        onChange={setStatus}
      />
      <PagedList pages={pages} empty={empty} shown={(count) => t('admin.messages.shown', { count })}>
        {(messages) => (
          <AdminTable
            caption={t('admin.messages.title')}
            items={messages}
            minWidth={640}
            columns={[
              { header: t('admin.messages.createdAt'), cell: (m) => <RelativeTime iso={m.createdAt} />, nowrap: true },
              {
                header: t('admin.messages.recipient'),
                cell: (m) => <NameCell name={m.recipient} detail={t(`admin.messageKind.${m.kind}`)} />,
              },
              {
                header: t('admin.messages.message'),
                // An SMS has no subject: its text says what it is. Opening it is the keyboard's way in.
                cell: (m) => (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    lineClamp={2}
                    miw="12rem"
                    style={{ overflowWrap: 'anywhere' }}
                    onClick={() => setReading(m)}
                  >
                    {m.subject ?? m.bodyText}
                  </Anchor>
                ),
              },
              {
                header: t('admin.messages.status'),
                cell: (m) => (
                  <Stack gap={2} align="flex-start">
                    <MessageStatusBadge status={m.status} />
                    {(m.attempts > 1 || m.lastError) && (
                      <Text
                        size="xs"
                        c="dimmed"
                        lineClamp={2}
                        title={m.lastError ? lastErrorText(m.lastError) : undefined}
                      >
                        {[
                          t('admin.messages.attemptCount', { count: m.attempts }),
                          m.lastError && lastErrorText(m.lastError),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    )}
                    {/* Given up on: an administrator who checked that it did not leave may send it after all. */}
                    {m.status === 'dead' && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        mt={4}
                        leftSection={<IconSend aria-hidden size={14} />}
                        aria-label={t('admin.messages.resendTo', { recipient: m.recipient })}
                        onClick={() => setResending(m)}
                      >
                        {t('admin.messages.resend')}
                      </Button>
                    )}
                  </Stack>
                ),
              },
            ]}
            empty={empty}
          />
        )}
      </PagedList>
      {reading && <MessageModal message={reading} onClose={() => setReading(null)} />}
      {resending && <ResendModal message={resending} onClose={() => setResending(null)} />}
    </Stack>
  );
}
