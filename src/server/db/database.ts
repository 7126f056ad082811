/** Opens the database: embedded SQLite (default) or PostgreSQL when given a postgres:// URL. */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  dialect: Dialect;
  /** For PostgreSQL only: the connection string, used by LISTEN/NOTIFY. */
  url: string | null;
}

export interface OpenOptions {
  /** postgres://… or null for SQLite. */
  databaseUrl: string | null;
  /** Folder of the SQLite file when databaseUrl is null. */
  dataDir: string;
  /** PostgreSQL schema to work in (tests give each file its own). */
  schema?: string;
}

/** The pools behind PostgreSQL databases: Kysely does not hand its pool back, and metrics read it. */
const pools = new WeakMap<Kysely<Database>, pg.Pool>();

export interface PoolStats {
  /** Connections open, idle ones included. */
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

/** The connection pool's state on PostgreSQL; null on SQLite, which has one synchronous connection. */
export function poolStats(db: Kysely<Database>): PoolStats | null {
  const pool = pools.get(db);
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

export function isPostgresUrl(url: string | null | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

export function openDatabase(options: OpenOptions): Db {
  if (isPostgresUrl(options.databaseUrl)) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // A connection that breaks (the server restarted, the network dropped) fails the queries it
    // was running, and the pool drops it; unheard, its error event would end the process, whether
    // it broke idle (the pool's event) or during a query (the client's).
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    pools.set(db, pool);
    return {
      db,
      dialect: 'postgres',
      url: options.databaseUrl,
    };
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, 'relais.db');
  const sqlite = new SQLite(file);
  // WAL for concurrent readers; synchronous=FULL so an acknowledged write survives power loss.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
    dialect: 'sqlite',
    url: null,
  };
}
