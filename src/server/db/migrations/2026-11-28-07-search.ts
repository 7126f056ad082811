/**
 * Full-text search over requests: reference, address, description and requester name, accent- and
 * case-insensitive, by word prefix. Each dialect has its own index, read by `textMatch` in
 * src/server/requests/search.repository.ts:
 * - SQLite: an FTS5 table over the requests table (external content: the text is not stored
 *   twice), kept in sync by triggers, tokenizer unicode61 without diacritics, prefix indexes.
 * - PostgreSQL: a GIN index on a weighted tsvector expression (A reference, B address,
 *   C description, D requester name, so a query may leave names out), with a text search
 *   configuration `relais_search`: unaccent (when the extension is available) then the French
 *   Snowball stemmer, without stop words, since a prefix such as "la" must still find "lampadaire".
 */
import { type Kysely, PostgresIntrospector, sql } from 'kysely';

/**
 * The indexed document. It MUST stay identical to `POSTGRES_DOCUMENT` in search.repository.ts:
 * PostgreSQL uses an expression index only for the very same expression. Punctuation becomes
 * spaces so that the words are those SQLite's tokenizer and the query builder see ("2026-00123"
 * is "2026" and "00123", not the number -123).
 */
const weighted = (text: string, weight: string) =>
  `setweight(to_tsvector('relais_search', regexp_replace(${text}, '[^[:alnum:]]+', ' ', 'g')), '${weight}')`;
const document = sql.raw(
  [
    weighted('reference', 'A'),
    weighted('address', 'B'),
    weighted('description', 'C'),
    weighted("coalesce(requester_name, '')", 'D'),
  ].join(' || '),
);

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
type Db = Kysely<any>;

/**
 * The schema of the unaccent extension, installing it if possible. Extensions belong to the
 * whole database: it goes to `public` when that exists, so dropping one schema (tests drop theirs)
 * cannot take it away from the others.
 */
async function unaccentSchema(db: Db): Promise<string | null> {
  const installed = async () =>
    (
      await sql<{ schema: string }>`
        select extnamespace::regnamespace::text as schema from pg_extension where extname = 'unaccent'`.execute(db)
    ).rows[0]?.schema ?? null;
  const existing = await installed();
  if (existing) return existing;
  const available = await sql`select 1 from pg_available_extensions where name = 'unaccent'`.execute(db);
  if (available.rows.length === 0) return null;
  const hasPublic = await sql`select 1 from pg_namespace where nspname = 'public'`.execute(db);
  // Creating an extension may be refused (privileges): the savepoint keeps the migration going.
  await sql`savepoint relais_unaccent`.execute(db);
  try {
    await sql`create extension if not exists unaccent ${sql.raw(hasPublic.rows.length ? 'schema public' : '')}`.execute(
      db,
    );
    await sql`release savepoint relais_unaccent`.execute(db);
  } catch {
    await sql`rollback to savepoint relais_unaccent`.execute(db);
  }
  return installed();
}

async function upPostgres(db: Db): Promise<void> {
  const unaccent = await unaccentSchema(db);
  await sql`create text search dictionary relais_french_stem (template = snowball, language = french)`.execute(db);
  await sql`create text search configuration relais_search (copy = simple)`.execute(db);
  // Without unaccent, accents count: "eclairage" no longer finds "Éclairage" (the rest works).
  const dictionaries = unaccent ? sql`${sql.id(unaccent, 'unaccent')}, relais_french_stem` : sql`relais_french_stem`;
  await sql`alter text search configuration relais_search
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with ${dictionaries}`.execute(db);
  await sql`create index requests_search_idx on requests using gin ((${document}))`.execute(db);
}

async function upSqlite(db: Db): Promise<void> {
  // content='requests': the index reads the text from the requests table by rowid.
  await sql`create virtual table requests_fts using fts5(
    reference, address, description, requester_name,
    content = 'requests',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
  )`.execute(db);
  const values = (row: 'new' | 'old') =>
    sql.raw(`${row}.rowid, ${row}.reference, ${row}.address, ${row}.description, ${row}.requester_name`);
  const deleteOld = sql`insert into requests_fts (requests_fts, rowid, reference, address, description, requester_name)
    values ('delete', ${values('old')});`;
  const insertNew = sql`insert into requests_fts (rowid, reference, address, description, requester_name)
    values (${values('new')});`;
  await sql`create trigger requests_fts_insert after insert on requests begin ${insertNew} end`.execute(db);
  await sql`create trigger requests_fts_delete after delete on requests begin ${deleteOld} end`.execute(db);
  // Only when searched text changes: status changes, the common update, leave the index alone.
  await sql`create trigger requests_fts_update
    after update of reference, address, description, requester_name on requests
    begin ${deleteOld} ${insertNew} end`.execute(db);
  await sql`insert into requests_fts (requests_fts) values ('rebuild')`.execute(db);
}

const isPostgres = (db: Db) => db.introspection instanceof PostgresIntrospector;

export async function up(db: Db): Promise<void> {
  await (isPostgres(db) ? upPostgres(db) : upSqlite(db));
}

export async function down(db: Db): Promise<void> {
  if (isPostgres(db)) {
    // The unaccent extension stays: other schemas of the database may use it.
    await sql`drop index requests_search_idx`.execute(db);
    await sql`drop text search configuration relais_search`.execute(db);
    await sql`drop text search dictionary relais_french_stem`.execute(db);
    return;
  }
  for (const trigger of ['requests_fts_insert', 'requests_fts_delete', 'requests_fts_update']) {
    await sql`drop trigger ${sql.id(trigger)}`.execute(db);
  }
  await sql`drop table requests_fts`.execute(db);
}
