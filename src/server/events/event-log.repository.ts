/** The event log's SQL: the only code that appends to `request_events` or changes a request's state. */
import type { Kysely } from 'kysely';
import type { Database, NewRequestEventRow, RequestUpdate } from '../db/schema.js';

export async function insertEvent(db: Kysely<Database>, row: NewRequestEventRow): Promise<void> {
  await db.insertInto('request_events').values(row).execute();
}

export async function updateRequest(db: Kysely<Database>, id: string, update: RequestUpdate): Promise<void> {
  await db.updateTable('requests').set(update).where('id', '=', id).execute();
}
