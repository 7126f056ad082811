import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The facts of a request the public may read, by its tracking token. */
export function findTrackedRequest(db: Kysely<Database>, token: string) {
  return db
    .selectFrom('requests')
    .leftJoin('categories', 'categories.id', 'requests.category_id')
    .select([
      'requests.id',
      'requests.reference',
      'requests.status',
      'requests.address',
      'requests.created_at',
      'requests.deadline',
      'categories.name as category_name',
    ])
    .where('requests.tracking_token', '=', token)
    .executeTakeFirst();
}

/** The events the requester may see, oldest first, without who made them. */
export function listPublicEvents(db: Kysely<Database>, requestId: string) {
  return db
    .selectFrom('request_events')
    .select(['type', 'at', 'to_status', 'data'])
    .where('request_id', '=', requestId)
    .where('public', '=', 1)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Photos of the work done. */
export async function listAfterPhotoIds(db: Kysely<Database>, requestId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('photos')
    .select('id')
    .where('request_id', '=', requestId)
    .where('kind', '=', 'after')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.id);
}
