/**
 * Which request events tell the requester, as administrators chose: one row per event type they
 * changed. A type without a row keeps the default of src/core/notify.ts (TELLS_REQUESTER), so an
 * existing database needs no data here.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('requester_notices')
    // The audit log names what it records by a uuid, so the row has one besides its event type.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('tells_requester', 'integer', (c) => c.notNull())
    .addUniqueConstraint('requester_notices_event_type_unique', ['event_type'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('requester_notices').execute();
}
