import type { Insertable, Kysely } from 'kysely';
import type { Database, PhotoRow, PhotosTable } from '../db/schema.js';

export async function insertPhoto(db: Kysely<Database>, row: Insertable<PhotosTable>): Promise<void> {
  await db.insertInto('photos').values(row).execute();
}

export function findPhoto(db: Kysely<Database>, id: string): Promise<PhotoRow | undefined> {
  return db.selectFrom('photos').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listPhotos(db: Kysely<Database>, requestId: string): Promise<PhotoRow[]> {
  return db
    .selectFrom('photos')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Attaches pending photos uploaded by `userId` to a request; returns the rows it attached. */
export async function claimPendingPhotos(
  db: Kysely<Database>,
  ids: string[],
  userId: string,
  requestId: string,
): Promise<PhotoRow[]> {
  return db
    .updateTable('photos')
    .set({ request_id: requestId })
    .where('id', 'in', ids)
    .where('request_id', 'is', null)
    .where('created_by_id', '=', userId)
    .returningAll()
    .execute();
}
