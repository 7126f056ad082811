import { Anchor, Code, Modal, ScrollArea, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MessageDto } from '../../../core/api/notifications.js';
import { requestPath } from '../../requests/paths.js';
import { formatDateTime } from '../../ui/dates.js';
import { lastErrorText } from './lastError.js';
import { MessageStatusBadge } from './MessageStatusBadge.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/**
 * One message of the outbox as it left (or will leave). Its HTML is someone else's markup: it is
 * shown in a sandboxed frame (no scripts, no forms, no same-origin access), never in the page.
 */
export function MessageModal({ message, onClose }: { message: MessageDto; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={message.subject ?? t('admin.messages.noSubject')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Fact label={t('admin.messages.recipient')}>{message.recipient}</Fact>
          <Fact label={t('admin.messages.kind')}>{t(`admin.messageKind.${message.kind}`)}</Fact>
          <Fact label={t('admin.messages.status')}>
            <MessageStatusBadge status={message.status} />
          </Fact>
          <Fact label={t('admin.messages.createdAt')}>{date(message.createdAt)}</Fact>
          <Fact label={t('admin.messages.sentAt')}>{message.sentAt ? date(message.sentAt) : t('common.none')}</Fact>
          <Fact label={t('admin.messages.attempts')}>
            {message.status === 'failed'
              ? t('admin.messages.attemptsNext', { count: message.attempts, next: date(message.nextAttemptAt) })
              : message.attempts}
          </Fact>
          {message.requestId && (
            <Fact label={t('admin.messages.request')}>
              <Anchor component={Link} to={requestPath(message.requestId)} size="sm">
                {t('admin.messages.openRequest')}
              </Anchor>
            </Fact>
          )}
          <Fact label={t('admin.messages.locale')}>{t(`language.${message.locale}`)}</Fact>
        </SimpleGrid>
        {message.lastError && (
          <Fact label={t('admin.messages.lastError')}>
            <Code block>{lastErrorText(message.lastError)}</Code>
          </Fact>
        )}
        {/* The HTML is loaded only when asked for (its frame may fetch remote images). */}
        <Tabs defaultValue="text" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="text">{t('admin.messages.text')}</Tabs.Tab>
            <Tabs.Tab value="html" disabled={message.bodyHtml === null}>
              {t('admin.messages.html')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="text" pt="sm">
            <ScrollArea.Autosize mah={420}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {message.bodyText}
              </Text>
            </ScrollArea.Autosize>
          </Tabs.Panel>
          {message.bodyHtml !== null && (
            <Tabs.Panel value="html" pt="sm">
              <iframe
                title={t('admin.messages.htmlFrame')}
                sandbox=""
                srcDoc={message.bodyHtml}
                style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-gray-3)' }}
              />
            </Tabs.Panel>
          )}
        </Tabs>
      </Stack>
    </Modal>
  );
}
