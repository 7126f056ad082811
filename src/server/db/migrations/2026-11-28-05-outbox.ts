/**
 * The transactional outbox: messages to requesters, departments and other systems, written in the
 * transaction of the event that causes them and sent afterwards by a worker. Also the requester's
 * language, so messages speak it.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    // SMS have neither subject nor HTML.
    .addColumn('subject', 'text')
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text')
    .addColumn('request_id', 'text', (c) => c.references('requests.id'))
    .addColumn('event_id', 'text', (c) => c.references('request_events.id'))
    // For messages no event causes (the daily digest): what makes them unique, e.g. digest:<dept>:<day>.
    .addColumn('dedupe_key', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('fr'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    // When the next attempt is due; while a worker holds the row ('sending'), when its claim ends.
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    // One event never makes two identical messages, even if its transaction is retried.
    .addUniqueConstraint('outbox_event_kind_recipient_unique', ['event_id', 'kind', 'recipient'])
    .addUniqueConstraint('outbox_dedupe_key_unique', ['dedupe_key'])
    .execute();
  // The worker's query: due rows of a status.
  await db.schema.createIndex('outbox_due_idx').on('outbox').columns(['status', 'next_attempt_at']).execute();
  // The administrators' list, newest first.
  await db.schema.createIndex('outbox_created_idx').on('outbox').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('outbox_request_idx').on('outbox').column('request_id').execute();

  await db.schema
    .alterTable('requests')
    .addColumn('requester_locale', 'text', (c) => c.notNull().defaultTo('fr'))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').dropColumn('requester_locale').execute();
  await db.schema.dropTable('outbox').execute();
}
