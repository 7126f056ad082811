/**
 * Full-text search over requests: every word of the query must start a word of the reference,
 * address, description or (for readers of personal data) the requester's name; accents and case
 * do not count. One function with a branch per dialect, over the indexes of the migration
 * 2026-11-28-07-search (SQLite FTS5, PostgreSQL tsvector + GIN), kept in sync by triggers.
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
    return sql<SqlBool>`requests.id in (
      select request_id from request_search where document @@ to_tsquery('relais_search', ${query}))`;
  }
  const all = terms.map((term) => `"${term}"*`).join(' AND ');
  const query = inPersonalData ? all : `{reference address description} : (${all})`;
  // The unary + keeps SQLite from driving the query from the matches, which fetches and sorts
  // every matching row (120 ms for a common word at 100,000 requests): it walks the list's index
  // instead and checks each row against the matches (10 ms; 20 ms at worst for a rare word).
  return sql<SqlBool>`+requests.rowid in (select rowid from requests_fts where requests_fts match ${query})`;
}
