/** Starts Relais: config -> database -> migrations -> demo data (empty database) -> app -> listen. */
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { localBus } from './events/bus.js';
import { demoLogins, seedDemoIfEmpty } from './seed/demo.js';

const config = loadConfig();
const { db, dialect } = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrateToLatest(db);
const relais = { db, dialect, config, bus: localBus() };
if (config.demoData && (await seedDemoIfEmpty(relais))) {
  console.log('Loaded the demo data set (Caen, simplified; DEMO DATA, not real requests).');
}
const app = await buildApp(relais, { logger: { level: config.logLevel } });

closeWithGrace({ delay: 10_000 }, async ({ err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  await app.close();
  await relais.bus.close();
  await db.destroy();
});

const address = await app.listen({ port: config.port, host: config.host });
const logins = await demoLogins(relais);
const where = dialect === 'sqlite' ? `SQLite ${config.dataDir}/relais.db` : 'PostgreSQL';
console.log(`\nRelais is running on ${address.replace('127.0.0.1', 'localhost')} (${where})`);
if (logins.length > 0) {
  console.log('Demo logins (role, e-mail, password):');
  for (const line of logins) console.log(line);
}
