import { type Insertable, type Kysely, type RawBuilder, sql } from 'kysely';
import type { AddressesTable, AddressRow, Database } from '../db/schema.js';
import type { Box, LatLon } from './distance.js';

export type NewAddressRow = Insertable<AddressesTable>;

/** Inserts addresses, or updates those already known by their BAN id. */
export async function upsertAddresses(db: Kysely<Database>, rows: NewAddressRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('addresses')
    .values(rows)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        label: eb.ref('excluded.label'),
        housenumber: eb.ref('excluded.housenumber'),
        street: eb.ref('excluded.street'),
        postcode: eb.ref('excluded.postcode'),
        city: eb.ref('excluded.city'),
        citycode: eb.ref('excluded.citycode'),
        lat: eb.ref('excluded.lat'),
        lon: eb.ref('excluded.lon'),
        search: eb.ref('excluded.search'),
      })),
    )
    .execute();
}

/** How many addresses the index holds, in all and per commune (by INSEE code), communes by name. */
export async function countAddressesByCity(db: Kysely<Database>) {
  return db
    .selectFrom('addresses')
    .select(['citycode', 'city', (eb) => eb.fn.countAll<number | string>().as('count')])
    .groupBy(['citycode', 'city'])
    .orderBy('city')
    .orderBy('citycode')
    .execute();
}

export async function countAddresses(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('addresses')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** A page of addresses in id order, after `afterId` (exclusive): the export reads the index in such pages. */
export function listAddressesAfter(db: Kysely<Database>, afterId: string | null, limit: number): Promise<AddressRow[]> {
  return db
    .selectFrom('addresses')
    .selectAll()
    .$if(afterId !== null, (q) => q.where('id', '>', afterId ?? ''))
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Squared planar distance to `near` (longitude shrunk by the latitude): enough to order by. */
function nearness(near: LatLon): RawBuilder<number> {
  const shrink = Math.cos((near.lat * Math.PI) / 180) ** 2;
  return sql<number>`(lat - ${near.lat}) * (lat - ${near.lat}) + (lon - ${near.lon}) * (lon - ${near.lon}) * ${shrink}`;
}

/**
 * Addresses in which each of `words` (normalised) starts a word of the search text; nearest `near`
 * first when given. A linear scan: see the migration for why no index serves it.
 */
export function findAddressesWithWords(
  db: Kysely<Database>,
  words: string[],
  near: LatLon | undefined,
  limit: number,
): Promise<AddressRow[]> {
  let query = db.selectFrom('addresses').selectAll();
  for (const word of words) query = query.where(sql<boolean>`(' ' || search) like ${`% ${word}%`}`);
  return (near ? query.orderBy(nearness(near)) : query.orderBy('search')).limit(limit).execute();
}

/** Addresses inside `box` (indexed on lat, lon), nearest `near` first. */
export function findAddressesInBox(db: Kysely<Database>, box: Box, near: LatLon, limit: number): Promise<AddressRow[]> {
  return db
    .selectFrom('addresses')
    .selectAll()
    .where('lat', '>=', box.minLat)
    .where('lat', '<=', box.maxLat)
    .where('lon', '>=', box.minLon)
    .where('lon', '<=', box.maxLon)
    .orderBy(nearness(near))
    .limit(limit)
    .execute();
}
