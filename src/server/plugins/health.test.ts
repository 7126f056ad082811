import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRelais, type TestRelais, testConfig, testDatabaseUrl } from '../../../test/helpers/relais.js';
import { buildApp } from '../app.js';
import type { Relais } from '../context.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { migrations } from '../db/migrations/index.js';
import type { Database } from '../db/schema.js';
import { localBus } from '../events/bus.js';

let t: TestRelais;

beforeAll(async () => {
  t = await createTestRelais();
});
afterAll(() => t.close());

const get = (relais: { app: { inject: TestRelais['app']['inject'] } }, url: string) =>
  relais.app.inject({ method: 'GET', url });

describe('GET /healthz and /readyz', () => {
  it('say alive and ready, without signing in', async () => {
    const alive = await get(t, '/healthz');
    expect(alive.statusCode).toBe(200);
    expect(alive.json()).toEqual({ status: 'alive' });
    const ready = await get(t, '/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ ready: true, database: 'reachable', migrations: 'applied' });
  });

  it('answer 503 from /readyz while a migration is not applied, and 200 again once it is', async () => {
    const last = Object.keys(migrations).at(-1) ?? '';
    const bookkeeping = t.relais.db.withTables<{ kysely_migration: { name: string; timestamp: string } }>();
    const row = await bookkeeping
      .selectFrom('kysely_migration')
      .selectAll()
      .where('name', '=', last)
      .executeTakeFirstOrThrow();
    await bookkeeping.deleteFrom('kysely_migration').where('name', '=', last).execute();
    try {
      const res = await get(t, '/readyz');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({
        ready: false,
        database: 'reachable',
        migrations: 'pending',
        reason: `Migrations not applied: ${last}`,
      });
      expect((await get(t, '/healthz')).statusCode).toBe(200);
    } finally {
      await bookkeeping.insertInto('kysely_migration').values(row).execute();
    }
    expect((await get(t, '/readyz')).statusCode).toBe(200);
  });
});

describe.skipIf(testDatabaseUrl)('readiness while the SQLite database is lost', () => {
  it('answers 503 from /readyz, naming no file or error, while /healthz stays 200', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-ready-'));
    const sqlite = new SQLite(path.join(dataDir, 'relais.db'));
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrateToLatest(db);
    const relais: Relais = { db, dialect: 'sqlite', config: testConfig(dataDir), bus: localBus() };
    const app = await buildApp(relais);
    try {
      expect((await get({ app }, '/readyz')).statusCode).toBe(200);
      // The connection goes away under the app, as when its disk is unmounted.
      sqlite.close();
      const res = await get({ app }, '/readyz');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({
        ready: false,
        database: 'unreachable',
        migrations: 'unknown',
        reason: 'The database does not answer',
      });
      expect((await get({ app }, '/healthz')).statusCode).toBe(200);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** A TCP relay to PostgreSQL that can be cut and restored, as a network outage or a restart would. */
function relayTo(target: URL) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  return {
    listen: (port = 0) =>
      new Promise<number>((resolve) =>
        server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
      ),
    cut: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

describe.skipIf(!testDatabaseUrl)('readiness while PostgreSQL is down', () => {
  it('answers 503 from /readyz while the server cannot be reached, and 200 once it is back', async () => {
    const target = new URL(testDatabaseUrl ?? '');
    const relay = relayTo(target);
    const port = await relay.listen();
    const viaRelay = new URL(target);
    viaRelay.hostname = '127.0.0.1';
    viaRelay.port = String(port);
    const { db } = openDatabase({ databaseUrl: viaRelay.toString(), dataDir: t.dataDir, schema: t.schema ?? '' });
    const relais: Relais = { db, dialect: 'postgres', config: t.relais.config, bus: localBus() };
    const app = await buildApp(relais);
    try {
      expect((await get({ app }, '/readyz')).statusCode).toBe(200);

      await relay.cut();
      const down = await get({ app }, '/readyz');
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ ready: false, database: 'unreachable' });
      expect((await get({ app }, '/healthz')).statusCode).toBe(200);

      const again = relayTo(target);
      await again.listen(port);
      try {
        expect((await get({ app }, '/readyz')).statusCode).toBe(200);
      } finally {
        await again.cut();
      }
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
