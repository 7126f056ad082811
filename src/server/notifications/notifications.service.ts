/** Administrators' side of notifications: the messages sent (or kept), and running the digest now. */
import type { ListMessagesQuery, MessageDto } from '../../core/api/notifications.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { cursorAfter, decodeCursor, keysetPage } from '../requests/cursor.js';
import { queueOverdueDigests } from './digest.js';
import { toMessageDto } from './messages.mapper.js';
import { listMessages as listMessageRows } from './outbox.repository.js';

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

export async function runDigests(relais: Relais, actor: Actor, now = new Date()) {
  authorize(actor, 'admin.manage');
  return queueOverdueDigests(relais, now);
}
