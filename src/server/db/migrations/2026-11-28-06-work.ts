/**
 * The departments' work: who in the department has a request (assignee), the response templates
 * the dispatcher and the departments answer with, each user's saved views of a list, and the
 * interventions recorded on a request.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  // No foreign key: SQLite cannot drop a column that has one (see down), and users are disabled,
  // never deleted; the service checks the assignee belongs to the department in charge.
  await db.schema.alterTable('requests').addColumn('assignee_id', 'text').execute();
  // "My requests" in a queue: the assignee's open requests by deadline.
  await db.schema
    .createIndex('requests_assignee_idx')
    .on('requests')
    .columns(['assignee_id', 'status', 'deadline'])
    .execute();

  await db.schema
    .createTable('response_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    // reject, redirect, duplicate, comment, hold or resolve: the decision the template explains.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_fr', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('response_templates_code_unique', ['code'])
    .execute();
  await db.schema
    .createIndex('response_templates_kind_idx')
    .on('response_templates')
    .columns(['kind', 'active', 'title'])
    .execute();

  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // The screen the view belongs to (queue, inbox, map...): each screen lists its own views.
    .addColumn('screen', 'text', (c) => c.notNull())
    // The list's query parameters, JSON object.
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('saved_views_user_screen_name_unique', ['user_id', 'screen', 'name'])
    .execute();

  await db.schema
    .createTable('interventions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('done_at', 'text', (c) => c.notNull())
    .addColumn('done_by_id', 'text', (c) => c.notNull().references('users.id'))
    // The company that did the work; null when a city team did.
    .addColumn('contractor_id', 'text', (c) => c.references('contractors.id'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('quantity', 'double precision')
    .addColumn('unit', 'text')
    .addColumn('minutes_spent', 'integer')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('not_done_reason', 'text')
    // Ids of photos uploaded beforehand, JSON array.
    .addColumn('photo_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interventions_request_idx')
    .on('interventions')
    .columns(['request_id', 'done_at'])
    .execute();
  // The contractors' monthly list of what they did.
  await db.schema
    .createIndex('interventions_contractor_idx')
    .on('interventions')
    .columns(['contractor_id', 'done_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('interventions').execute();
  await db.schema.dropTable('saved_views').execute();
  await db.schema.dropTable('response_templates').execute();
  await db.schema.dropIndex('requests_assignee_idx').execute();
  await db.schema.alterTable('requests').dropColumn('assignee_id').execute();
}
