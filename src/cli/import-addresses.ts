/** `relais import addresses FILE.csv`: loads a BAN addresses CSV into the local address index. */
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../server/db/schema.js';
import { importAddresses } from '../server/geocoding/addresses.import.js';

/** Imports the file, all or nothing; returns the line to print. Throws naming the bad line. */
export async function importAddressesFile(db: Kysely<Database>, file: string): Promise<string> {
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);
  const { imported } = await importAddresses(db, fs.createReadStream(file));
  return `${imported} addresses imported from ${file} into the local address index.`;
}
