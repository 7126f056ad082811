import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The categories of a page of requests, in one query. */
export function findCategories(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('categories')
    .select(['id', 'department_id', 'deadline_days'])
    .where('id', 'in', [...ids])
    .execute();
}

/** New requests waiting for the dispatcher (of one body, when given). */
export async function countNewRequests(db: Kysely<Database>, bodyId: string | null): Promise<number> {
  const row = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', '=', 'new')
    .$if(bodyId !== null, (q) => q.where('body_id', '=', bodyId ?? ''))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
