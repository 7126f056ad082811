/**
 * Administrators' side of notifications: the messages sent (or kept), a dead message put back in
 * the queue, and running the digest now.
 */
import type { ListMessagesQuery, MessageDto } from '../../core/api/notifications.js';
import type { MessageStatus } from '../../core/notify.js';
import type { Actor } from '../../core/roles.js';
import { adminTransaction } from '../admin/change.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { cursorAfter, decodeCursor, keysetPage } from '../requests/cursor.js';
import { queueOverdueDigests } from './digest.js';
import { toMessageDto } from './messages.mapper.js';
import { findMessageForUpdate, listMessages as listMessageRows, requeueMessage } from './outbox.repository.js';

export async function listMessages(
  relais: Relais,
  actor: Actor,
  query: ListMessagesQuery,
): Promise<{ items: MessageDto[]; nextCursor: string | null }> {
  authorize(actor, 'admin.manage');
  const rows = await listMessageRows(
    relais.db,
    { status: query.status },
    query.cursor ? decodeCursor(query.cursor) : null,
    query.limit + 1,
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, cursorAfter);
  return { items: page.map(toMessageDto), nextCursor };
}

/** Why a message that is not dead is not put back in the queue, in words. */
function whyNotResent(status: Exclude<MessageStatus, 'dead'>, sentAt: string | null): string {
  switch (status) {
    case 'sent':
      return `it was sent on ${sentAt ?? 'an unknown date'}, and is never sent twice`;
    case 'kept':
      return 'it was kept, not sent, because no channel sends this kind of message';
    case 'pending':
    case 'failed':
      return 'it is still in the queue, and the worker will send it';
    case 'sending':
      return 'a worker is sending it now';
  }
}

/** What the audit log keeps of a message's state (not its text, which names the requester). */
const queueState = (m: MessageDto) => ({
  status: m.status,
  attempts: m.attempts,
  nextAttemptAt: m.nextAttemptAt,
  lastError: m.lastError,
});

/**
 * Puts a dead message back in the queue once an administrator has checked that it did not leave
 * (the worker never sends a message twice on its own: see outbox.worker.ts). The worker then
 * sends it as any other, with MAX_ATTEMPTS attempts again.
 */
export async function resendMessage(relais: Relais, actor: Actor, id: string, now = new Date()): Promise<MessageDto> {
  authorize(actor, 'admin.manage');
  return adminTransaction(relais, actor, async (change) => {
    const row = await findMessageForUpdate(change.trx, relais.dialect, id);
    if (!row) throw notFound('Message');
    const before = toMessageDto(row);
    if (before.status !== 'dead') {
      throw conflict(
        `Only a message given up on (dead) can be put back in the queue: ${whyNotResent(before.status, before.sentAt)}`,
      );
    }
    const after = toMessageDto(await requeueMessage(change.trx, id, now.toISOString()));
    await change.audit({
      entity: 'outbox',
      entityId: id,
      action: 'update',
      before: queueState(before),
      after: queueState(after),
    });
    return after;
  });
}

export async function runDigests(relais: Relais, actor: Actor, now = new Date()) {
  authorize(actor, 'admin.manage');
  return queueOverdueDigests(relais, now);
}
