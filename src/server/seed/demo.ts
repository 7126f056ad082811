import { caenDemo } from '../../../demo/caen/index.js';
import type { Relais } from '../context.js';
import { countUsers, findUserByEmail } from '../directory/users.repository.js';
import { loadDemoAddresses } from '../geocoding/demo-addresses.js';
import { loadDemo } from './load-demo.js';

/** Demo accounts share one published password: they exist only in demo databases. */
export const DEMO_PASSWORD = 'relais-demo';

/** Loads the Caen demo data set when the database has no user yet. Returns true if it did. */
export async function seedDemoIfEmpty(relais: Relais): Promise<boolean> {
  if ((await countUsers(relais.db)) > 0) return false;
  await loadDemo(relais, caenDemo, DEMO_PASSWORD);
  // So the demo's address search works offline.
  await loadDemoAddresses(relais);
  return true;
}

/** The demo accounts present in this database, one line per role, for the start-up banner. */
export async function demoLogins(relais: Relais): Promise<string[]> {
  const lines: string[] = [];
  for (const user of caenDemo.users) {
    const row = await findUserByEmail(relais.db, user.email);
    if (row && !row.disabled) lines.push(`  ${user.role.padEnd(18)} ${user.email.padEnd(40)} ${DEMO_PASSWORD}`);
  }
  return lines;
}
