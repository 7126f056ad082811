import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Relais } from '../context.js';
import { importAddresses } from './addresses.import.js';

/** A few hundred Caen addresses in the BAN format, so the demo's address search works offline. */
export const DEMO_ADDRESSES_FILE = fileURLToPath(new URL('../../../demo/addresses/caen-demo.csv', import.meta.url));

export function loadDemoAddresses(relais: Relais): Promise<{ imported: number }> {
  return importAddresses(relais.db, fs.createReadStream(DEMO_ADDRESSES_FILE));
}
