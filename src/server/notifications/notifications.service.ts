/** Administrators' side of notifications: the messages sent (or kept), and running the digest now. */
import type { ListMessagesQuery, MessageDto } from '../../core/api/notifications.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { decodeCursor, encodeCursor } from '../requests/cursor.js';
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
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toMessageDto),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
  };
}

export async function runDigests(relais: Relais, actor: Actor, now = new Date()) {
  authorize(actor, 'admin.manage');
  return queueOverdueDigests(relais, now);
}
