/**
 * What intake and the glossary need beyond the foundation: categories' extra questions and
 * per-territory routing, the requester's channel and consent, answers to extra questions,
 * other people who reported the same problem (followers), and the administrators' audit log.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  // Extra questions, typed like Open311 service attributes: JSON array.
  await db.schema
    .alterTable('categories')
    .addColumn('questions', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  // Where a category is handled by another department in one territory (e.g. a hub's own team).
  await db.schema
    .createTable('category_routes')
    .addColumn('category_id', 'text', (c) => c.notNull().references('categories.id').onDelete('cascade'))
    .addColumn('territory_id', 'text', (c) => c.notNull().references('territories.id').onDelete('cascade'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addPrimaryKeyConstraint('category_routes_pk', ['category_id', 'territory_id'])
    .execute();

  await db.schema.alterTable('requests').addColumn('requester_channel', 'text').execute();
  await db.schema
    .alterTable('requests')
    .addColumn('requester_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('requests')
    .addColumn('answers', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();

  // People who reported a problem already registered: told of its progress like its requester.
  await db.schema
    .createTable('request_followers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('channel', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_followers_request_idx').on('request_followers').column('request_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').columns(['at', 'id']).execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity', 'entity_id']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await db.schema.dropTable('request_followers').execute();
  await db.schema.alterTable('requests').dropColumn('answers').execute();
  await db.schema.alterTable('requests').dropColumn('requester_consent').execute();
  await db.schema.alterTable('requests').dropColumn('requester_channel').execute();
  await db.schema.dropTable('category_routes').execute();
  await db.schema.alterTable('categories').dropColumn('questions').execute();
}
