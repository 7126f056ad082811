import { DEFAULT_MIGRATION_TABLE, type Kysely, type MigrationProvider, Migrator } from 'kysely';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema up to date; throws with the failing migration's name. On PostgreSQL, `schema`
 * names the schema the migration bookkeeping lives in (tests give each file its own schema, and
 * Kysely would otherwise mistake another schema's bookkeeping tables for this one's).
 */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}

export interface MigrationState {
  /** This version's migrations not applied yet, in order. */
  pending: string[];
  /** Applied migrations this version does not know: the database comes from a newer version. */
  unknown: string[];
}

/**
 * Which migrations the database lacks or has beyond this version's, from Kysely's bookkeeping
 * table (read directly: the Migrator would introspect every table of every schema to find it).
 * Throws when the table is missing, i.e. the database was never migrated.
 */
export async function migrationState(db: Kysely<Database>): Promise<MigrationState> {
  const rows = await db
    .withTables<{ [DEFAULT_MIGRATION_TABLE]: { name: string } }>()
    .selectFrom(DEFAULT_MIGRATION_TABLE)
    .select('name')
    .execute();
  const applied = new Set(rows.map((r) => r.name));
  const known = Object.keys(migrations);
  return {
    pending: known.filter((name) => !applied.has(name)),
    unknown: [...applied].filter((name) => !(name in migrations)),
  };
}
