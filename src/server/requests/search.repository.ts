/**
 * Full-text search over requests: every word of the query must start a word of the reference,
 * address, description or (for readers of personal data) the requester's name; accents and case
 * do not count. One function with a branch per dialect, over the indexes of the migration
 * 2026-11-28-07-search (SQLite FTS5, PostgreSQL tsvector + GIN).
 */
import { type Expression, type Kysely, PostgresIntrospector, type SqlBool, sql } from 'kysely';
import type { Database } from '../db/schema.js';

/** More words narrow a search enough; beyond, they only make the query slower. */
const MAX_TERMS = 8;

/**
 * The words of a query as both indexes cut text: runs of letters and digits. Single letters are
 * left out (elided articles: the "l" of "l'éclairage" would match nearly everything); digits stay,
 * for house numbers.
 */
export function searchTerms(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((term) => term.length > 1 || /\p{N}/u.test(term))
    .slice(0, MAX_TERMS);
}

const weighted = (text: string, weight: string) =>
  `setweight(to_tsvector('relais_search', regexp_replace(${text}, '[^[:alnum:]]+', ' ', 'g')), '${weight}')`;
/** MUST stay identical to the migration's expression, or PostgreSQL does not use the index. */
const POSTGRES_DOCUMENT = sql.raw(
  [
    weighted('reference', 'A'),
    weighted('address', 'B'),
    weighted('description', 'C'),
    weighted("coalesce(requester_name, '')", 'D'),
  ].join(' || '),
);

/**
 * The condition "the request matches `text`" on the `requests` table, or null when the text holds
 * no word to look for. `inPersonalData`: whether the requester's name may be searched (searching
 * it would tell other readers who reported what).
 */
export function textMatch(db: Kysely<Database>, text: string, inPersonalData: boolean): Expression<SqlBool> | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  if (db.introspection instanceof PostgresIntrospector) {
    // Weights A to C are the reference, address and description; D the requester's name.
    const weights = inPersonalData ? '' : 'ABC';
    const query = terms.map((term) => `${term}:*${weights}`).join(' & ');
    return sql<SqlBool>`${POSTGRES_DOCUMENT} @@ to_tsquery('relais_search', ${query})`;
  }
  const all = terms.map((term) => `"${term}"*`).join(' AND ');
  const query = inPersonalData ? all : `{reference address description} : (${all})`;
  return sql<SqlBool>`requests.rowid in (select rowid from requests_fts where requests_fts match ${query})`;
}
