/**
 * The foundation: directory (bodies, territories, departments, contractors, users, sessions),
 * glossary (families, categories), requests and their event log.
 * Portable to SQLite and PostgreSQL: text ids and instants, integer flags, JSON as text.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bodies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('bodies_code_unique', ['code'])
    .execute();

  await db.schema
    .createTable('territories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('geojson', 'text', (c) => c.notNull())
    // The bounding box lets a lookup skip polygons that cannot contain a point.
    .addColumn('min_lat', 'double precision', (c) => c.notNull())
    .addColumn('max_lat', 'double precision', (c) => c.notNull())
    .addColumn('min_lon', 'double precision', (c) => c.notNull())
    .addColumn('max_lon', 'double precision', (c) => c.notNull())
    .addUniqueConstraint('territories_code_unique', ['code'])
    .execute();

  await db.schema
    .createTable('departments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_id', 'text', (c) => c.notNull().references('bodies.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('territory_id', 'text', (c) => c.references('territories.id'))
    .addColumn('is_hub', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('emits', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('receives', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('email', 'text')
    .addUniqueConstraint('departments_code_unique', ['code'])
    .execute();

  await db.schema
    .createTable('contractors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addUniqueConstraint('contractors_code_unique', ['code'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('body_id', 'text', (c) => c.references('bodies.id'))
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('contractor_id', 'text', (c) => c.references('contractors.id'))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('fr'))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('users_email_unique', ['email'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('families')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_id', 'text', (c) => c.notNull().references('bodies.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('families_code_unique', ['code'])
    .execute();

  await db.schema
    .createTable('categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('family_id', 'text', (c) => c.notNull().references('families.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('synonyms', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('deadline_days', 'integer', (c) => c.notNull())
    .addColumn('needs_validation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('needs_contractor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('procedure', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('categories_code_unique', ['code'])
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('body_id', 'text', (c) => c.references('bodies.id'))
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('category_id', 'text', (c) => c.references('categories.id'))
    .addColumn('territory_id', 'text', (c) => c.references('territories.id'))
    .addColumn('contractor_id', 'text', (c) => c.references('contractors.id'))
    .addColumn('priority', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('deadline', 'text')
    .addColumn('hold_reason', 'text')
    .addColumn('duplicate_of_id', 'text', (c) => c.references('requests.id'))
    .addColumn('requester_name', 'text')
    .addColumn('requester_email', 'text')
    .addColumn('requester_phone', 'text')
    .addColumn('tracking_token', 'text', (c) => c.notNull())
    .addColumn('payload_hash', 'text', (c) => c.notNull())
    .addColumn('created_by_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('requests_reference_unique', ['reference'])
    .addUniqueConstraint('requests_tracking_token_unique', ['tracking_token'])
    .execute();
  // One index per filter a screen uses, each ending with the keyset order (created_at, id).
  const listIndexes: [string, string[]][] = [
    ['requests_created_idx', ['created_at', 'id']],
    ['requests_status_idx', ['status', 'created_at', 'id']],
    ['requests_body_idx', ['body_id', 'created_at', 'id']],
    ['requests_department_idx', ['department_id', 'status', 'deadline']],
    ['requests_territory_idx', ['territory_id', 'created_at', 'id']],
    ['requests_category_idx', ['category_id', 'created_at', 'id']],
    ['requests_origin_idx', ['origin', 'created_at', 'id']],
    ['requests_contractor_idx', ['contractor_id', 'created_at', 'id']],
    ['requests_location_idx', ['lat', 'lon']],
  ];
  for (const [name, columns] of listIndexes) {
    await db.schema.createIndex(name).on('requests').columns(columns).execute();
  }

  await db.schema
    .createTable('request_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createIndex('request_events_request_idx')
    .on('request_events')
    .columns(['request_id', 'at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'request_events',
    'requests',
    'counters',
    'categories',
    'families',
    'sessions',
    'users',
    'contractors',
    'departments',
    'territories',
    'bodies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
