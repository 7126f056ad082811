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
import { localBus } from '../../src/server/events/bus.js';

export interface TestRelais {
  relais: Relais;
  app: FastifyInstance;
  close(): Promise<void>;
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

export async function createTestRelais(overrides: Record<string, string> = {}): Promise<TestRelais> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-test-'));
  const config = testConfig(dataDir, overrides);
  const schema = testDatabaseUrl ? await createSchema(testDatabaseUrl) : null;
  const { db, dialect } = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir,
    ...(schema ? { schema: schema.schema } : {}),
  });
  await migrateToLatest(db);
  const relais: Relais = { db, dialect, config, bus: localBus() };
  const app = await buildApp(relais);
  await app.ready();
  return {
    relais,
    app,
    async close() {
      await app.close();
      await relais.bus.close();
      await db.destroy();
      await schema?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
