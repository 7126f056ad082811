import { type MessageDto, messageSchema } from '../../core/api/notifications.js';
import type { OutboxRow } from '../db/schema.js';

/** An outbox row as administrators see it; a stray kind, status or locale fails loudly. */
export function toMessageDto(row: OutboxRow): MessageDto {
  return messageSchema.parse({
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    subject: row.subject,
    bodyText: row.body_text,
    bodyHtml: row.body_html,
    requestId: row.request_id,
    eventId: row.event_id,
    locale: row.locale,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  });
}
