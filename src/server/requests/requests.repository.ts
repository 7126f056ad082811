import { type Kysely, sql } from 'kysely';
import type { Status } from '../../core/lifecycle.js';
import type { Origin } from '../../core/origins.js';
import type { Dialect } from '../db/database.js';
import type { Database, NewRequestRow, RequestEventRow, RequestRow } from '../db/schema.js';
import { textMatch } from './search.repository.js';

export async function insertRequest(db: Kysely<Database>, row: NewRequestRow): Promise<void> {
  await db.insertInto('requests').values(row).execute();
}

export function findRequest(db: Kysely<Database>, id: string): Promise<RequestRow | undefined> {
  return db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reads a request inside a transaction and locks it against concurrent transitions. */
export function lockRequest(db: Kysely<Database>, dialect: Dialect, id: string): Promise<RequestRow | undefined> {
  // SQLite serialises write transactions on its one connection: only PostgreSQL needs the row lock.
  return db
    .selectFrom('requests')
    .selectAll()
    .where('id', '=', id)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

export type EventWithActor = RequestEventRow & { actor_name: string | null };

export function listEvents(db: Kysely<Database>, requestId: string): Promise<EventWithActor[]> {
  return db
    .selectFrom('request_events')
    .leftJoin('users', 'users.id', 'request_events.actor_id')
    .selectAll('request_events')
    .select('users.name as actor_name')
    .where('request_events.request_id', '=', requestId)
    .orderBy('request_events.at')
    .orderBy('request_events.id')
    .execute();
}

/** The next number of a yearly sequence (references 2026-00001, 2026-00002...). */
export async function nextInSequence(db: Kysely<Database>, name: string): Promise<number> {
  await db
    .insertInto('counters')
    .values({ name, value: 0 })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}

export interface RequestFilters {
  status?: Status[] | undefined;
  origin?: Origin[] | undefined;
  bodyId?: string | undefined;
  departmentId?: string | undefined;
  territoryId?: string | undefined;
  categoryId?: string | undefined;
  contractorId?: string | undefined;
  /** Inclusive lower bound, ISO instant. */
  createdFrom?: string | undefined;
  /** Exclusive upper bound, ISO instant. */
  createdBefore?: string | undefined;
  text?: string | undefined;
  /** Whether the text search may look at the requester's name. */
  textInPersonalData?: boolean | undefined;
  /** A user's id, or null for the requests nobody in the department has yet. */
  assigneeId?: string | null | undefined;
  /** Exclusive upper bound, calendar day. */
  deadlineBefore?: string | undefined;
  /** Inclusive bounds, calendar days. */
  deadlineFrom?: string | undefined;
  deadlineTo?: string | undefined;
}

export interface Keyset {
  createdAt: string;
  id: string;
}

/** The keyset of a list sorted by deadline: nearest first, requests without one last. */
export interface DeadlineKeyset extends Keyset {
  deadline: string | null;
}

/** The requests matching `filters`, in no particular order: each list adds its own. */
export function filteredRequests(db: Kysely<Database>, filters: RequestFilters) {
  const f = filters;
  return db
    .selectFrom('requests')
    .selectAll()
    .$if(!!f.status?.length, (q) => q.where('status', 'in', f.status ?? []))
    .$if(!!f.origin?.length, (q) => q.where('origin', 'in', f.origin ?? []))
    .$if(!!f.bodyId, (q) => q.where('body_id', '=', f.bodyId ?? ''))
    .$if(!!f.departmentId, (q) => q.where('department_id', '=', f.departmentId ?? ''))
    .$if(!!f.territoryId, (q) => q.where('territory_id', '=', f.territoryId ?? ''))
    .$if(!!f.categoryId, (q) => q.where('category_id', '=', f.categoryId ?? ''))
    .$if(f.contractorId !== undefined, (q) => q.where('contractor_id', '=', f.contractorId ?? ''))
    .$if(!!f.createdFrom, (q) => q.where('created_at', '>=', f.createdFrom ?? ''))
    .$if(!!f.createdBefore, (q) => q.where('created_at', '<', f.createdBefore ?? ''))
    .$if(!!f.text, (q) => {
      // Searching by name would tell who reported what to readers who may not see personal data.
      const match = textMatch(db, f.text ?? '', !!f.textInPersonalData);
      return match ? q.where(match) : q;
    })
    .$if(f.assigneeId !== undefined, (q) =>
      f.assigneeId ? q.where('assignee_id', '=', f.assigneeId) : q.where('assignee_id', 'is', null),
    )
    .$if(!!f.deadlineBefore, (q) => q.where('deadline', '<', f.deadlineBefore ?? ''))
    .$if(!!f.deadlineFrom, (q) => q.where('deadline', '>=', f.deadlineFrom ?? ''))
    .$if(!!f.deadlineTo, (q) => q.where('deadline', '<=', f.deadlineTo ?? ''));
}

/** A page of requests, newest (or oldest) first, after the keyset `after` (exclusive). */
export function listRequests(
  db: Kysely<Database>,
  filters: RequestFilters,
  after: Keyset | null,
  limit: number,
  order: 'newest' | 'oldest' = 'newest',
): Promise<RequestRow[]> {
  const [beyond, direction] = order === 'newest' ? (['<', 'desc'] as const) : (['>', 'asc'] as const);
  return filteredRequests(db, filters)
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb('created_at', beyond, after?.createdAt ?? ''),
          eb.and([eb('created_at', '=', after?.createdAt ?? ''), eb('id', beyond, after?.id ?? '')]),
        ]),
      ),
    )
    .orderBy('created_at', direction)
    .orderBy('id', direction)
    .limit(limit)
    .execute();
}

/**
 * A page of requests by deadline, nearest first, those without a deadline last, then oldest
 * first; after the keyset `after` (exclusive). "Nulls last" is written out because SQLite and
 * PostgreSQL place nulls at opposite ends.
 */
export function listRequestsByDeadline(
  db: Kysely<Database>,
  filters: RequestFilters,
  after: DeadlineKeyset | null,
  limit: number,
): Promise<RequestRow[]> {
  const noDeadline = sql<number>`case when ${sql.ref('deadline')} is null then 1 else 0 end`;
  return filteredRequests(db, filters)
    .$if(after !== null, (q) =>
      q.where((eb) => {
        const createdAfter = eb.or([
          eb('created_at', '>', after?.createdAt ?? ''),
          eb.and([eb('created_at', '=', after?.createdAt ?? ''), eb('id', '>', after?.id ?? '')]),
        ]);
        const deadline = after?.deadline ?? null;
        if (deadline === null) return eb.and([eb('deadline', 'is', null), createdAfter]);
        return eb.or([
          eb('deadline', 'is', null),
          eb('deadline', '>', deadline),
          eb.and([eb('deadline', '=', deadline), createdAfter]),
        ]);
      }),
    )
    .orderBy(noDeadline)
    .orderBy('deadline')
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export function countRequests(db: Kysely<Database>): Promise<number> {
  return db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}
