/**
 * Imports addresses published by the BAN (adresse.data.gouv.fr) in its CSV format: `;`-separated,
 * UTF-8, one address per line. Streamed, in one transaction: a file with a bad line imports
 * nothing, and the error names the line. Addresses already known by their BAN id are updated.
 */
import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { badRequest } from '../errors.js';
import { type NewAddressRow, upsertAddresses } from './addresses.repository.js';
import { normalise } from './normalise.js';

/** The columns Relais reads; the BAN's other columns (x, y in Lambert-93, sources...) are ignored. */
export const BAN_COLUMNS = [
  'id',
  'numero',
  'rep',
  'nom_voie',
  'code_postal',
  'code_insee',
  'nom_commune',
  'lon',
  'lat',
] as const;
type Column = (typeof BAN_COLUMNS)[number];

/** The BAN numbers places without a house number (lieux-dits) 99999. */
export const NO_NUMBER = '99999';
const BATCH = 500;

class LineError extends Error {}

function columnsOf(header: string[]): Record<Column, number> {
  const missing = BAN_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new LineError(
      `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: is this a BAN addresses CSV (UTF-8, separated by ";")?`,
    );
  }
  return Object.fromEntries(BAN_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<Column, number>;
}

function coordinate(value: string, column: 'lat' | 'lon'): number {
  const limit = column === 'lat' ? 90 : 180;
  const n = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || Math.abs(n) > limit) {
    throw new LineError(`${column}: a number between -${limit} and ${limit} was expected, not "${value}"`);
  }
  return n;
}

function toRow(fields: string[], at: Record<Column, number>): NewAddressRow {
  const get = (c: Column) => (fields[at[c]] ?? '').trim();
  const required = (c: Column) => {
    const value = get(c);
    if (!value) throw new LineError(`${c}: empty`);
    return value;
  };
  const id = required('id');
  const street = required('nom_voie');
  const city = required('nom_commune');
  const postcode = required('code_postal');
  if (!/^\d{5}$/.test(postcode)) throw new LineError(`code_postal: five digits were expected, not "${postcode}"`);
  const citycode = required('code_insee');
  if (!/^\d[\dAB]\d{3}$/.test(citycode))
    throw new LineError(`code_insee: an INSEE code was expected, not "${citycode}"`);
  const numero = get('numero');
  if (numero && !/^\d+$/.test(numero)) throw new LineError(`numero: a whole number was expected, not "${numero}"`);
  const housenumber = numero && numero !== NO_NUMBER ? [numero, get('rep')].filter(Boolean).join(' ') : null;
  const label = `${housenumber ? `${housenumber} ` : ''}${street} ${postcode} ${city}`;
  return {
    id,
    label,
    housenumber,
    street,
    postcode,
    city,
    citycode,
    lat: coordinate(get('lat'), 'lat'),
    lon: coordinate(get('lon'), 'lon'),
    search: normalise(label),
  };
}

/**
 * Imports a BAN CSV stream in a transaction of its own; returns how many addresses it held.
 * Throws 400 naming the bad line.
 */
export function importAddresses(db: Kysely<Database>, input: Readable): Promise<{ imported: number }> {
  return db.transaction().execute((trx) => importAddressesWithin(trx, input));
}

/**
 * The same import in the caller's transaction, for callers that write more in it (the audit log):
 * the caller's rollback undoes it all.
 */
export async function importAddressesWithin(trx: Kysely<Database>, input: Readable): Promise<{ imported: number }> {
  const seen = new Map<string, number>();
  let line = 1;
  try {
    // Piped only now, and read at once below: a parse error must find the loop listening.
    const parser = parse({ delimiter: ';', bom: true, info: true, skip_empty_lines: true });
    // pipe() does not forward the source's errors (an unreadable file): the loop must see them.
    input.on('error', (error) => parser.destroy(error));
    input.pipe(parser);
    let columns: Record<Column, number> | null = null;
    let batch: NewAddressRow[] = [];
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      line = info.lines;
      if (!columns) {
        columns = columnsOf(record);
        continue;
      }
      const row = toRow(record, columns);
      const first = seen.get(row.id);
      if (first !== undefined) throw new LineError(`id: ${row.id} is already on line ${first}`);
      seen.set(row.id, line);
      batch.push(row);
      if (batch.length === BATCH) {
        await upsertAddresses(trx, batch);
        batch = [];
      }
    }
    if (!columns) throw new LineError('the file is empty');
    await upsertAddresses(trx, batch);
    return { imported: seen.size };
  } catch (error) {
    if (error instanceof LineError) throw badRequest(`line ${line}: ${error.message}`);
    // csv-parse's own message already names the line (e.g. a row with a missing field).
    if (error instanceof CsvError) throw badRequest(error.message);
    throw error;
  } finally {
    input.destroy();
  }
}
