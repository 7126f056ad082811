import type { Kysely } from 'kysely';
import type { MessageKind, MessageStatus } from '../../core/notify.js';
import type { Dialect } from '../db/database.js';
import type { Database, NewOutboxRow, OutboxRow } from '../db/schema.js';
import type { Keyset } from '../requests/requests.repository.js';

/** Writes messages; one already written for the same event, kind and recipient (or key) is skipped. */
export async function insertMessages(db: Kysely<Database>, rows: NewOutboxRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('outbox')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

export interface Claim {
  kinds: MessageKind[];
  now: string;
  /** Until when the claimed rows are this worker's. */
  leaseUntil: string;
  limit: number;
}

/**
 * Takes due messages for one worker: marks them `sending` until `leaseUntil` and counts the attempt.
 * On PostgreSQL, rows another worker is claiming are skipped (FOR UPDATE SKIP LOCKED), so any number
 * of instances share the outbox without waiting on each other; SQLite runs one writer at a time.
 */
export function claimDue(db: Kysely<Database>, dialect: Dialect, claim: Claim): Promise<OutboxRow[]> {
  if (claim.kinds.length === 0) return Promise.resolve([]);
  return db.transaction().execute((trx) =>
    trx
      .updateTable('outbox')
      .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), next_attempt_at: claim.leaseUntil }))
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('outbox')
          .select('id')
          .where('status', 'in', ['pending', 'failed'])
          .where('kind', 'in', claim.kinds)
          .where('next_attempt_at', '<=', claim.now)
          .orderBy('next_attempt_at')
          .limit(claim.limit)
          .$if(dialect === 'postgres', (q) => q.forUpdate().skipLocked()),
      )
      .returningAll()
      .execute(),
  );
}

export async function markDelivered(
  db: Kysely<Database>,
  id: string,
  status: Extract<MessageStatus, 'sent' | 'kept'>,
  at: string,
): Promise<void> {
  // By id alone: a message that left is recorded as sent even if its claim ran out meanwhile.
  await db.updateTable('outbox').set({ status, sent_at: at, last_error: null }).where('id', '=', id).execute();
}

export async function markFailed(
  db: Kysely<Database>,
  id: string,
  failure: { status: Extract<MessageStatus, 'failed' | 'dead'>; nextAttemptAt: string; error: string },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: failure.status, next_attempt_at: failure.nextAttemptAt, last_error: failure.error })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** Claims that ran out: their worker stopped while sending. Marked dead, never retried (see the worker). */
export async function abandonExpiredClaims(db: Kysely<Database>, now: string, error: string): Promise<number> {
  const rows = await db
    .updateTable('outbox')
    .set({ status: 'dead', last_error: error })
    .where('status', '=', 'sending')
    .where('next_attempt_at', '<=', now)
    .returning('id')
    .execute();
  return rows.length;
}

/** Puts a message back in the queue, due at `now`, its attempts counted afresh; its last error stays. */
export function requeueMessage(db: Kysely<Database>, id: string, now: string): Promise<OutboxRow> {
  return db
    .updateTable('outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One message; on PostgreSQL locked until the transaction ends, for a change that depends on its status. */
export function findMessageForUpdate(
  db: Kysely<Database>,
  dialect: Dialect,
  id: string,
): Promise<OutboxRow | undefined> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('id', '=', id)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

/** A page of messages, newest first, after the keyset `after` (exclusive). */
export function listMessages(
  db: Kysely<Database>,
  filters: { status?: MessageStatus | undefined },
  after: Keyset | null,
  limit: number,
): Promise<OutboxRow[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .$call((q) => (filters.status ? q.where('status', '=', filters.status) : q))
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb('created_at', '<', after?.createdAt ?? ''),
          eb.and([eb('created_at', '=', after?.createdAt ?? ''), eb('id', '<', after?.id ?? '')]),
        ]),
      ),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Messages that still have to leave: waiting for a first attempt, being sent, or waiting for a retry. */
export const WAITING_STATUSES = ['pending', 'sending', 'failed'] as const satisfies readonly MessageStatus[];
export type WaitingStatus = (typeof WAITING_STATUSES)[number];

/** How many messages wait in each waiting status, and when the oldest of them was written. */
export async function outboxBacklog(
  db: Kysely<Database>,
): Promise<{ counts: Record<WaitingStatus, number>; oldestCreatedAt: string | null }> {
  const rows = await db
    .selectFrom('outbox')
    .select((eb) => ['status', eb.fn.countAll<string | number>().as('count'), eb.fn.min('created_at').as('oldest')])
    .where('status', 'in', WAITING_STATUSES)
    .groupBy('status')
    .execute();
  const counts: Record<WaitingStatus, number> = { pending: 0, sending: 0, failed: 0 };
  let oldestCreatedAt: string | null = null;
  for (const row of rows) {
    const status = WAITING_STATUSES.find((s) => s === row.status);
    if (status) counts[status] = Number(row.count);
    if (oldestCreatedAt === null || row.oldest < oldestCreatedAt) oldestCreatedAt = row.oldest;
  }
  return { counts, oldestCreatedAt };
}
