import type { Kysely } from 'kysely';
import type { Database, RequestRow } from '../db/schema.js';

export type RequestForMessages = RequestRow & { category_name: string | null; department_name: string | null };

/** A request with the names its messages mention. */
export function findRequestForMessages(db: Kysely<Database>, id: string): Promise<RequestForMessages | undefined> {
  return db
    .selectFrom('requests')
    .leftJoin('categories', 'categories.id', 'requests.category_id')
    .leftJoin('departments', 'departments.id', 'requests.department_id')
    .selectAll('requests')
    .select(['categories.name as category_name', 'departments.name as department_name'])
    .where('requests.id', '=', id)
    .executeTakeFirst();
}

/** People who reported the same problem and agreed to be told of its progress. */
export function listConsentingFollowers(db: Kysely<Database>, requestId: string) {
  return db
    .selectFrom('request_followers')
    .select(['id', 'email', 'phone', 'channel'])
    .where('request_id', '=', requestId)
    .where('consent', '=', 1)
    .orderBy('created_at')
    .execute();
}
