/**
 * Photos by content hash: the purge of unclaimed photos (src/server/photos/unclaimed-photos.ts)
 * removes a file only when no other photo row points at it, as image or thumbnail. Without these
 * indexes each check reads the whole table, which grows with every request's photos.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('photos_hash_idx').on('photos').column('hash').execute();
  await db.schema.createIndex('photos_thumb_hash_idx').on('photos').column('thumb_hash').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('photos_thumb_hash_idx').execute();
  await db.schema.dropIndex('photos_hash_idx').execute();
}
