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

/**
 * Deletes up to `limit` photos never attached to a request and uploaded before `before`; returns
 * their files. A photo claimed meanwhile is not deleted: the delete checks again.
 */
export async function deleteUnclaimedPhotos(
  db: Kysely<Database>,
  before: string,
  limit: number,
): Promise<Pick<PhotoRow, 'hash' | 'thumb_hash'>[]> {
  const rows = await db
    .selectFrom('photos')
    .select('id')
    .where('request_id', 'is', null)
    .where('created_at', '<', before)
    .orderBy('created_at')
    .limit(limit)
    .execute();
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  return db
    .deleteFrom('photos')
    .where('id', 'in', ids)
    .where('request_id', 'is', null)
    .returning(['hash', 'thumb_hash'])
    .execute();
}

/** Of `hashes`, those a photo still uses, as its file or its thumbnail. */
export async function hashesInUse(db: Kysely<Database>, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db
    .selectFrom('photos')
    .select(['hash', 'thumb_hash'])
    .where((eb) => eb.or([eb('hash', 'in', hashes), eb('thumb_hash', 'in', hashes)]))
    .execute();
  const wanted = new Set(hashes);
  return new Set(rows.flatMap((row) => [row.hash, row.thumb_hash]).filter((hash) => wanted.has(hash)));
}
