/** Starts Relais: config -> database -> migrations -> demo data (empty database) -> app -> listen. */
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { busFor } from './events/postgres-bus.js';
import { channelsFromConfig } from './notifications/channels.js';
import { startDigestSchedule } from './notifications/digest.js';
import { startOutboxWorker } from './notifications/outbox.worker.js';
import { startUnclaimedPhotoPurge } from './photos/unclaimed-photos.js';
import { demoLogins, seedDemoIfEmpty } from './seed/demo.js';

const config = loadConfig();
const { db, dialect, url } = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrateToLatest(db);
// On PostgreSQL, live updates cross instances (LISTEN/NOTIFY); embedded, they stay in this process.
const bus = await busFor({ dialect, url }, { onError: (error) => console.error('Event bus:', error) });
const relais = { db, dialect, config, bus };
if (config.demoData && (await seedDemoIfEmpty(relais))) {
  console.log('Loaded the demo data set (Caen, simplified; DEMO DATA, not real requests).');
}
const app = await buildApp(relais, { logger: { level: config.logLevel } });
// Background work: every instance may run it (claims and unique keys keep it from doubling).
const outbox = startOutboxWorker(relais, channelsFromConfig(config), {
  intervalMs: config.outboxIntervalMs,
  log: app.log,
});
const digests = startDigestSchedule(relais, { hour: config.digestHour, log: app.log });
const photoPurge = startUnclaimedPhotoPurge(relais, { maxAgeMs: config.unclaimedPhotoMaxAgeMs, log: app.log });

closeWithGrace({ delay: 10_000 }, async ({ err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  await outbox.stop();
  await digests.stop();
  await photoPurge.stop();
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
