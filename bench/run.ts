/**
 * The benchmark: fills a database to N requests (default 100,000), starts the app in this process
 * on 127.0.0.1, signs a dispatcher in, and runs autocannon against each scenario.
 *
 *   npm run bench -- [--dialect sqlite|postgres|both] [--requests 100000] [--duration 10]
 *                    [--connections 10] [--reuse]
 *
 * --reuse keeps the data of the previous run when it has the right size. Load is generated from a
 * worker thread, so that the app has the main thread to itself.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { Kysely } from 'kysely';
import { buildApp } from '../src/server/app.js';
import { insertSession } from '../src/server/auth/sessions.repository.js';
import { newToken, sha256 } from '../src/server/auth/tokens.js';
import type { Dialect } from '../src/server/db/database.js';
import type { Database } from '../src/server/db/schema.js';
import { findUserByEmail } from '../src/server/directory/users.repository.js';
import { SESSION_COOKIE } from '../src/server/plugins/session.js';
import { countRequests } from '../src/server/requests/requests.repository.js';
import { fillTo, openBench } from './database.js';
import { type ExportFigures, measureExport } from './export.js';
import { scenarios } from './scenarios.js';

const { values: args } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'both' },
    requests: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    reuse: { type: 'boolean', default: false },
  },
});
const dialects: Dialect[] = args.dialect === 'both' ? ['sqlite', 'postgres'] : [args.dialect as Dialect];
const total = Number(args.requests);
const duration = Number(args.duration);
const connections = Number(args.connections);

/** A session of the demo dispatcher (reads everything), made directly: no password hashing, no rate limit. */
async function dispatcherCookie(db: Kysely<Database>): Promise<string> {
  const user = await findUserByEmail(db, 'dispatch@demo.relais.local');
  if (!user) throw new Error('bench: the demo dispatcher is missing');
  const token = newToken();
  const now = new Date();
  await insertSession(db, {
    id: sha256(token),
    userId: user.id,
    csrfToken: newToken(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 3600_000).toISOString(),
  });
  return `${SESSION_COOKIE}=${token}`;
}

interface Row {
  dialect: Dialect;
  scenario: string;
  p50: number;
  p975: number;
  rps: number;
  failures: number;
}

const exports: { dialect: Dialect; figures: ExportFigures }[] = [];

async function benchDialect(dialect: Dialect): Promise<Row[]> {
  const bench = await openBench(dialect, !args.reuse);
  const { relais } = bench;
  const generated = await fillTo(relais, total);
  const count = await countRequests(relais.db);
  console.log(
    `${dialect}: ${count} requests in ${bench.where}` +
      (generated === null ? ' (reused)' : `, generated in ${(generated / 1000).toFixed(1)} s`) +
      // Other work on the machine slows every figure: say how busy it was.
      `; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} CPUs`,
  );
  const app = await buildApp(relais);
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const cookie = await dispatcherCookie(relais.db);
  const rows: Row[] = [];
  try {
    for (const scenario of await scenarios(relais.db)) {
      const load = (seconds: number) =>
        autocannon({ url: `${base}${scenario.path}`, headers: { cookie }, connections, duration: seconds, workers: 1 });
      await load(1); // warm-up: prepared statements, caches
      const result = await load(duration);
      const row = {
        dialect,
        scenario: scenario.name,
        p50: result.latency.p50,
        p975: result.latency.p97_5,
        rps: result.requests.average,
        failures: result.errors + result.timeouts + result.non2xx,
      };
      console.log(`  ${row.scenario.padEnd(32)} p50 ${row.p50} ms  p97.5 ${row.p975} ms  ${row.rps} req/s`);
      rows.push(row);
    }
    const figures = await measureExport(base, cookie);
    console.log(`  ${'CSV export, every request'.padEnd(32)} median ${figures.medianMs} ms for ${figures.rows} rows`);
    exports.push({ dialect, figures });
  } finally {
    await app.close();
    await bench.close();
  }
  return rows;
}

const rows: Row[] = [];
for (const dialect of dialects) rows.push(...(await benchDialect(dialect)));

console.log(`\n${total} requests, ${connections} connections, ${duration} s per scenario, Node ${process.version}\n`);
console.log('| dialect | scenario | p50 (ms) | p97.5 (ms) | requests/s |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.dialect} | ${r.scenario} | ${r.p50} | ${r.p975} | ${r.rps.toFixed(0)} |`);
console.log('\n| dialect | CSV export of every request | first bytes (ms) | whole (ms) | rows | MB |');
console.log('|---|---|---:|---:|---:|---:|');
for (const { dialect, figures: f } of exports) {
  const cells = [dialect, 'one at a time, median of 5', f.firstBytesMs, f.medianMs, f.rows, f.megabytes];
  console.log(`| ${cells.join(' | ')} |`);
}
const failed = rows.filter((r) => r.failures > 0);
if (failed.length > 0) {
  console.error(`\nFailed answers in: ${failed.map((r) => `${r.dialect} ${r.scenario} (${r.failures})`).join(', ')}`);
  process.exitCode = 1;
}
