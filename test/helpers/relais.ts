/**
 * A fresh Relais for one test file: its own database (a temporary SQLite file, or its own schema
 * in the PostgreSQL database named by DATABASE_URL), migrated, empty, and the real app on top.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { type Config, loadConfig } from '../../src/server/config.js';
import type { Relais } from '../../src/server/context.js';
import { isPostgresUrl, openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { type EventBus, localBus } from '../../src/server/events/bus.js';
import { postgresBus } from '../../src/server/events/postgres-bus.js';

export interface TestRelais {
  relais: Relais;
  app: FastifyInstance;
  /** The SQLite file's folder. */
  dataDir: string;
  /** The PostgreSQL schema, or null on SQLite. */
  schema: string | null;
  close(): Promise<void>;
}

export interface TestRelaisOptions {
  /** Run a second instance on the database (and PostgreSQL schema) of `sameDatabaseAs`. */
  sameDatabaseAs?: TestRelais;
  /** On PostgreSQL, cross instances with LISTEN/NOTIFY (one channel per schema) instead of in-process. */
  postgresBus?: boolean;
}

export const testDatabaseUrl = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : null;

/** A PostgreSQL schema of its own, so test files run in parallel on one database. */
async function createSchema(url: string): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return {
    schema,
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

export function testConfig(dataDir: string, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '10000',
    ...(testDatabaseUrl ? { DATABASE_URL: testDatabaseUrl } : {}),
    ...overrides,
  });
}

async function testBus(url: string | null, schema: string | null, options: TestRelaisOptions): Promise<EventBus> {
  if (!options.postgresBus || !url || !schema) return localBus();
  const bus = postgresBus(url, localBus(), { channel: `relais_events_${schema}`, reconnectDelayMs: 50 });
  await bus.ready;
  return bus;
}

export async function createTestRelais(
  overrides: Record<string, string> = {},
  options: TestRelaisOptions = {},
): Promise<TestRelais> {
  const shared = options.sameDatabaseAs;
  const dataDir = shared?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'relais-test-'));
  const config = testConfig(dataDir, overrides);
  const schema = testDatabaseUrl && !shared ? await createSchema(testDatabaseUrl) : null;
  const schemaName = shared ? shared.schema : (schema?.schema ?? null);
  const { db, dialect } = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir,
    ...(schemaName ? { schema: schemaName } : {}),
  });
  await migrateToLatest(db, schemaName ?? undefined);
  const relais: Relais = { db, dialect, config, bus: await testBus(config.databaseUrl, schemaName, options) };
  const app = await buildApp(relais);
  await app.ready();
  return {
    relais,
    app,
    dataDir,
    schema: schemaName,
    async close() {
      await app.close();
      await relais.bus.close();
      await db.destroy();
      // A second instance leaves the database to the first.
      if (shared) return;
      await schema?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
