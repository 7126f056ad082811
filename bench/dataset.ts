/**
 * Generates many requests spread over Caen, straight into the tables (batched multi-row inserts in
 * one transaction): the services would take an hour for 100,000. The texts, streets and names are
 * the demo data set's, so searches and filters meet realistic selectivity. Requests only: no
 * events, which none of the measured queries read.
 */
import { type Kysely, sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { categoryTexts } from '../demo/caen/descriptions.js';
import { firstNames, lastNames } from '../demo/caen/phrases.js';
import { type Random, seededRandom } from '../demo/caen/random.js';
import { streets } from '../demo/caen/streets.js';
import { OPEN_STATUSES, type Status } from '../src/core/lifecycle.js';
import { ORIGINS } from '../src/core/origins.js';
import { newToken } from '../src/server/auth/tokens.js';
import type { Dialect } from '../src/server/db/database.js';
import type { Database, NewRequestRow } from '../src/server/db/schema.js';

/** Rows per INSERT: 500 × 30 columns stays under both dialects' limits on bound parameters. */
const BATCH = 500;
const YEARS = 3;
const DAY = 86_400_000;

/** Roughly what a city's request table holds after a few years: most requests are done. */
const STATUS_WEIGHTS: readonly (readonly [Status, number])[] = [
  ['closed', 52],
  ['resolved', 10],
  ['new', 4],
  ['accepted', 8],
  ['in_progress', 8],
  ['on_hold', 3],
  ['awaiting_validation', 1],
  ['sent_to_contractor', 2],
  ['rejected', 6],
  ['redirected', 2],
  ['duplicate', 4],
];

interface Directory {
  categories: { id: string; code: string; departmentId: string; bodyId: string }[];
  territories: Map<string, string>;
  contractors: string[];
}

async function loadDirectory(db: Kysely<Database>): Promise<Directory> {
  const categories = await db
    .selectFrom('categories')
    .innerJoin('departments', 'departments.id', 'categories.department_id')
    .select(['categories.id', 'categories.code', 'categories.department_id as departmentId', 'departments.body_id'])
    .execute();
  const territories = await db.selectFrom('territories').select(['id', 'code']).execute();
  const contractors = await db.selectFrom('contractors').select('id').execute();
  if (categories.length === 0) throw new Error('bench: load the directory (demo data set) first');
  return {
    categories: categories
      .filter((c) => categoryTexts[c.code])
      .map((c) => ({ id: c.id, code: c.code, departmentId: c.departmentId, bodyId: c.body_id })),
    territories: new Map(territories.map((t) => [t.code, t.id])),
    contractors: contractors.map((c) => c.id),
  };
}

/** The instants of `n` requests over the last years, oldest first (references follow that order). */
function creationTimes(n: number, random: Random, now: number): number[] {
  return Array.from({ length: n }, () => now - Math.floor(random.rand() * YEARS * 365 * DAY)).sort((a, b) => a - b);
}

function requestAt(at: number, reference: string, directory: Directory, random: Random): NewRequestRow {
  const { pick, chance, weighted, rand } = random;
  const street = pick(streets);
  const category = pick(directory.categories);
  const status = weighted(STATUS_WEIGHTS);
  const texts = categoryTexts[category.code]?.texts ?? ['Signalement'];
  const lieu = street.housenumber ? `devant le n° ${street.housenumber}` : 'à proximité';
  const created = new Date(at).toISOString();
  // Until the dispatcher accepts it, a request has no department.
  const accepted = status !== 'new';
  return {
    id: uuidv7(),
    reference,
    status,
    origin: pick(ORIGINS),
    description: pick(texts).replace('{lieu}', lieu),
    address: street.label,
    // Around the street, a few hundred metres either way: the whole city is covered.
    lat: street.lat + (rand() - 0.5) * 0.012,
    lon: street.lon + (rand() - 0.5) * 0.018,
    body_id: category.bodyId,
    department_id: accepted ? category.departmentId : null,
    category_id: category.id,
    territory_id: directory.territories.get(street.territoryCode) ?? null,
    contractor_id:
      status === 'sent_to_contractor' || status === 'awaiting_validation' ? pick(directory.contractors) : null,
    priority: chance(0.15) ? 'high' : 'normal',
    deadline: accepted && OPEN_STATUSES.includes(status) ? new Date(at + 10 * DAY).toISOString().slice(0, 10) : null,
    hold_reason: status === 'on_hold' ? 'third_party' : null,
    duplicate_of_id: null,
    requester_name: chance(0.7) ? `${pick(firstNames)} ${pick(lastNames)}` : null,
    requester_email: null,
    requester_phone: null,
    requester_channel: 'none',
    tracking_token: newToken(),
    payload_hash: 'bench',
    created_by_id: null,
    created_at: created,
    updated_at: created,
  };
}

/** The yearly counters after the references already given, so generated ones follow them. */
async function counters(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('counters').selectAll().execute();
  return new Map(rows.map((r) => [r.name, r.value]));
}

/** Inserts `n` requests; returns how long it took, in milliseconds. */
export async function generateRequests(
  db: Kysely<Database>,
  dialect: Dialect,
  n: number,
  seed = 14118,
): Promise<number> {
  const started = performance.now();
  const random = seededRandom(seed);
  const directory = await loadDirectory(db);
  const numbers = await counters(db);
  const times = creationTimes(n, random, Date.now());
  await db.transaction().execute(async (trx) => {
    for (let from = 0; from < n; from += BATCH) {
      const rows = times.slice(from, from + BATCH).map((at) => {
        const year = new Date(at).getUTCFullYear();
        const next = (numbers.get(`reference-${year}`) ?? 0) + 1;
        numbers.set(`reference-${year}`, next);
        return requestAt(at, `${year}-${String(next).padStart(5, '0')}`, directory, random);
      });
      await trx.insertInto('requests').values(rows).execute();
    }
    for (const [name, value] of numbers) {
      await trx
        .insertInto('counters')
        .values({ name, value })
        .onConflict((oc) => oc.column('name').doUpdateSet({ value }))
        .execute();
    }
  });
  // As in a database in service: fresh statistics (the planners choose their indexes from them)
  // and, on PostgreSQL, the visibility map autovacuum keeps, without which no scan is index-only.
  await sql`${sql.raw(dialect === 'postgres' ? 'vacuum analyze' : 'analyze')} requests`.execute(db);
  return performance.now() - started;
}
