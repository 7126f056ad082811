/**
 * The local address index written back in the BAN's CSV format, with the columns the import
 * reads, so that an export imported again changes nothing. Streamed page by page: a département's
 * index is hundreds of thousands of lines.
 */
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { AddressRow, Database } from '../db/schema.js';
import { BAN_COLUMNS, NO_NUMBER } from './addresses.import.js';
import { listAddressesAfter } from './addresses.repository.js';

const PAGE = 2000;

/** "12 bis" → numero 12, rep bis, as the import joined them; a place without a number is 99999. */
export function banNumber(housenumber: string | null): { numero: string; rep: string } {
  if (housenumber === null) return { numero: NO_NUMBER, rep: '' };
  const [numero = '', ...rep] = housenumber.split(' ');
  return { numero, rep: rep.join(' ') };
}

const toRecord = (row: AddressRow): Record<(typeof BAN_COLUMNS)[number], string | number> => ({
  id: row.id,
  ...banNumber(row.housenumber),
  nom_voie: row.street,
  code_postal: row.postcode,
  code_insee: row.citycode,
  nom_commune: row.city,
  lon: row.lon,
  lat: row.lat,
});

async function* pages(db: Kysely<Database>): AsyncGenerator<string> {
  const options = { columns: [...BAN_COLUMNS], delimiter: ';' };
  yield stringify([], { ...options, header: true });
  let after: string | null = null;
  for (;;) {
    const rows = await listAddressesAfter(db, after, PAGE);
    if (rows.length > 0) yield stringify(rows.map(toRecord), options);
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = last.id;
  }
}

/** The whole index as a BAN CSV (";"-separated, UTF-8, header line first), read as it is sent. */
export function addressesCsv(db: Kysely<Database>): Readable {
  return Readable.from(pages(db));
}
