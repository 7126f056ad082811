/**
 * Intake services: the local address index (imported from the BAN's CSV, used when the geocoding
 * API is off or unreachable), the duplicate radius of each category, photos stored by content
 * hash, and the consent of people who follow a request.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('addresses')
    // The BAN's own id (e.g. 14118_2790_00012), so importing a newer file updates in place.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('housenumber', 'text')
    .addColumn('street', 'text', (c) => c.notNull())
    .addColumn('postcode', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('citycode', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    // Lower case, without accents or punctuation, words separated by one space: what searches match.
    // Searches look for words inside it (like '% word%'), which no B-tree index serves: a linear scan
    // is a few milliseconds for a city's addresses; a whole département would want FTS5 / tsvector.
    .addColumn('search', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('addresses_location_idx').on('addresses').columns(['lat', 'lon']).execute();

  // How far apart two reports of this category may be and still be the same problem.
  await db.schema
    .alterTable('categories')
    .addColumn('duplicate_radius_m', 'integer', (c) => c.notNull().defaultTo(150))
    .execute();

  await db.schema
    .createTable('photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Null while pending: uploaded with the intake form before its request exists.
    .addColumn('request_id', 'text', (c) => c.references('requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // SHA-256 of the stored (re-encoded) bytes: the same photo twice is one file.
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('thumb_hash', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    // Read from the original's EXIF before it was stripped.
    .addColumn('gps_lat', 'double precision')
    .addColumn('gps_lon', 'double precision')
    .addColumn('created_by_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('photos_request_idx').on('photos').columns(['request_id', 'created_at']).execute();

  // A follower agreed (or not) to be contacted and to have these details kept, like a requester.
  await db.schema
    .alterTable('request_followers')
    .addColumn('consent', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('request_followers').dropColumn('consent').execute();
  await db.schema.dropTable('photos').execute();
  await db.schema.alterTable('categories').dropColumn('duplicate_radius_m').execute();
  await db.schema.dropTable('addresses').execute();
}
