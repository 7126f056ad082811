/**
 * The benchmark's own database: a SQLite file under data/bench/, or the schema relais_bench of the
 * PostgreSQL database named by BENCH_DATABASE_URL (else DATABASE_URL, else the local server).
 * Holds the demo directory (organisation, glossary, users) and the generated requests.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/server/config.js';
import type { Relais } from '../src/server/context.js';
import { type Dialect, openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { localBus } from '../src/server/events/bus.js';
import { countRequests } from '../src/server/requests/requests.repository.js';
import { seedDemoIfEmpty } from '../src/server/seed/demo.js';
import { generateRequests } from './dataset.js';

const DATA_DIR = path.resolve('data/bench');
const SCHEMA = 'relais_bench';
const POSTGRES_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Bench {
  relais: Relais;
  /** Where the data lives, for the report. */
  where: string;
  close(): Promise<void>;
}

async function emptyPostgresSchema(): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`drop schema if exists ${SCHEMA} cascade`);
  await client.query(`create schema ${SCHEMA}`);
  await client.end();
}

/** Opens (with `fresh`, first empties) the bench database of `dialect`, migrated. */
export async function openBench(dialect: Dialect, fresh: boolean): Promise<Bench> {
  const postgres = dialect === 'postgres';
  if (fresh && postgres) await emptyPostgresSchema();
  if (fresh && !postgres) fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const config = loadConfig({
    DATA_DIR,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    ...(postgres ? { DATABASE_URL: POSTGRES_URL } : {}),
  });
  const { db } = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: DATA_DIR,
    ...(postgres ? { schema: SCHEMA } : {}),
  });
  await migrateToLatest(db, postgres ? SCHEMA : undefined);
  const relais: Relais = { db, dialect, config, bus: localBus() };
  return {
    relais,
    where: postgres ? `PostgreSQL schema ${SCHEMA}` : `SQLite ${DATA_DIR}/relais.db`,
    async close() {
      await relais.bus.close();
      await db.destroy();
    },
  };
}

/**
 * Brings the database to `total` requests: the demo data set (directory and its 200 requests),
 * then generated ones. Returns how long the generation took, or null when nothing was missing.
 */
export async function fillTo(relais: Relais, total: number): Promise<number | null> {
  await seedDemoIfEmpty(relais);
  const missing = total - (await countRequests(relais.db));
  if (missing <= 0) return null;
  return generateRequests(relais.db, relais.dialect, missing);
}
