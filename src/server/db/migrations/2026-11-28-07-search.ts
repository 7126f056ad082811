/**
 * Full-text search over requests: reference, address, description and requester name, accent- and
 * case-insensitive, by word prefix. Each dialect has its own index, kept in sync by triggers and
 * read by `textMatch` in src/server/requests/search.repository.ts:
 * - SQLite: an FTS5 table over the requests table (external content: the text is not stored
 *   twice), tokenizer unicode61 without diacritics, prefix indexes.
 * - PostgreSQL: a table `request_search` of weighted tsvectors (A reference, B address,
 *   C description, D requester name, so a query may leave names out) with a GIN index, in the
 *   text search configuration `relais_search`: unaccent (when the extension is available) then
 *   the French Snowball stemmer, without stop words, since a prefix such as "la" must still find
 *   "lampadaire". A side table rather than an expression index: lists sorted by date test many
 *   rows one by one, and recomputing the vector for each costs ~40 µs (bench/README.md); rather
 *   than a generated column: `select *` on requests would carry it everywhere.
 * Also the map's indexes, so that its counts per cell and status read an index alone
 * (src/server/map; measured in bench/): (lat, lon, status) replaces (lat, lon), and (status, lat,
 * lon) serves maps filtered by status (open requests: 65 ms instead of 165 ms on SQLite).
 */
import { type Kysely, PostgresIntrospector, sql } from 'kysely';

/**
 * The document of a request row (`new` in the trigger). Punctuation becomes spaces so that the
 * words are those SQLite's tokenizer and the query builder see ("2026-00123" is "2026" and
 * "00123", not the number -123).
 */
const weighted = (text: string, weight: string) =>
  `setweight(to_tsvector('relais_search', regexp_replace(${text}, '[^[:alnum:]]+', ' ', 'g')), '${weight}')`;
const documentOf = (row: string) =>
  sql.raw(
    [
      weighted(`${row}.reference`, 'A'),
      weighted(`${row}.address`, 'B'),
      weighted(`${row}.description`, 'C'),
      weighted(`coalesce(${row}.requester_name, '')`, 'D'),
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
  await db.schema
    .createTable('request_search')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('requests.id').onDelete('cascade'))
    .addColumn('document', sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`create index request_search_document_idx on request_search using gin (document)`.execute(db);
  // "set search_path from current": the function finds its table and configuration whatever the
  // search path of the session that changes a request.
  await sql`create function relais_request_search() returns trigger language plpgsql
    set search_path from current as $$
    begin
      insert into request_search (request_id, document) values (new.id, ${documentOf('new')})
        on conflict (request_id) do update set document = excluded.document;
      return null;
    end $$`.execute(db);
  // Only when searched text changes: status changes, the common update, leave the index alone.
  await sql`create trigger requests_search_sync
    after insert or update of reference, address, description, requester_name on requests
    for each row execute function relais_request_search()`.execute(db);
  await sql`insert into request_search (request_id, document) select r.id, ${documentOf('r')} from requests r`.execute(
    db,
  );
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
  await db.schema.createIndex('requests_map_idx').on('requests').columns(['lat', 'lon', 'status']).execute();
  await db.schema.createIndex('requests_map_status_idx').on('requests').columns(['status', 'lat', 'lon']).execute();
  await db.schema.dropIndex('requests_location_idx').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.createIndex('requests_location_idx').on('requests').columns(['lat', 'lon']).execute();
  await db.schema.dropIndex('requests_map_idx').execute();
  await db.schema.dropIndex('requests_map_status_idx').execute();
  if (isPostgres(db)) {
    // The unaccent extension stays: other schemas of the database may use it.
    await sql`drop trigger requests_search_sync on requests`.execute(db);
    await sql`drop function relais_request_search()`.execute(db);
    await db.schema.dropTable('request_search').execute();
    await sql`drop text search configuration relais_search`.execute(db);
    await sql`drop text search dictionary relais_french_stem`.execute(db);
    return;
  }
  for (const trigger of ['requests_fts_insert', 'requests_fts_delete', 'requests_fts_update']) {
    await sql`drop trigger ${sql.id(trigger)}`.execute(db);
  }
  await sql`drop table requests_fts`.execute(db);
}
