/**
 * `relais backup` and `relais restore`: the command in its own process next to a running app on
 * the same SQLite file where that is the point (an online backup, a restore refused), the same
 * functions in the test's process elsewhere (a process costs seconds of TypeScript compiling).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRequest } from '../../test/helpers/factories.js';
import { actAs } from '../../test/helpers/http.js';
import { testConfig, testDatabaseUrl } from '../../test/helpers/relais.js';
import { buildApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest, migrationState } from '../server/db/migrate.js';
import { migrations } from '../server/db/migrations/index.js';
import type { Database } from '../server/db/schema.js';
import { localBus } from '../server/events/bus.js';
import { backupDatabase, restoreDatabase } from './backup.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-backup-'));
  folders.push(dir);
  return dir;
}

/** Runs `relais ARGS` on the SQLite database of `dataDir`; resolves with its exit code and output. */
function relais(args: string[], dataDir: string): Promise<{ code: number; output: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete childEnv.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { env: childEnv, cwd: process.cwd() },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

const sqliteConfig = (dataDir: string) => testConfig(dataDir, { DATABASE_URL: '' });

/** The app on the SQLite file of `dataDir`, as `npm start` runs it. */
async function startApp(
  dataDir: string,
): Promise<{ app: FastifyInstance; db: Kysely<Database>; stop(): Promise<void> }> {
  const config = sqliteConfig(dataDir);
  const { db, dialect } = openDatabase({ databaseUrl: null, dataDir });
  await migrateToLatest(db);
  const app = await buildApp({ db, dialect, config, bus: localBus() });
  await app.ready();
  return {
    app,
    db,
    async stop() {
      await app.close();
      await db.destroy();
    },
  };
}

const referencesIn = async (db: Kysely<Database>) =>
  (await db.selectFrom('requests').select('reference').orderBy('reference').execute()).map((r) => r.reference);

describe.skipIf(testDatabaseUrl)('relais backup and restore on SQLite', () => {
  it('backs up while the app writes, refuses to restore while it runs, then brings the first state back', async () => {
    const dataDir = tempDir();
    const backupFile = path.join(tempDir(), 'relais-backup.db');
    const running = await startApp(dataDir);
    const dispatcher = await actAs(running.app, running.db, 'dispatcher');
    const first = await makeRequest(running.db);
    expect(
      (await dispatcher.post(`/api/requests/${first.id}/comments`, { body: 'Avant', public: false })).statusCode,
    ).toBe(201);
    const before = await referencesIn(running.db);

    // The app keeps writing while the backup runs: the backup must hold the writes up to one moment.
    const during: string[] = [];
    let backingUp = true;
    const writing = (async () => {
      while (backingUp) {
        during.push((await makeRequest(running.db)).reference);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const backedUp = await relais(['backup', backupFile], dataDir);
    backingUp = false;
    await writing;
    expect(during.length).toBeGreaterThan(10);
    expect(backedUp.output).toContain(`Backed up ${path.join(dataDir, 'relais.db')} to ${backupFile}`);
    expect(backedUp.code).toBe(0);
    expect(fs.readdirSync(path.dirname(backupFile))).toEqual(['relais-backup.db']);

    const later = await makeRequest(running.db);
    expect(
      (await dispatcher.post(`/api/requests/${first.id}/comments`, { body: 'Après', public: false })).statusCode,
    ).toBe(201);

    const refused = await relais(['restore', backupFile], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('is open in another process (Relais is running?): stop it, then restore');
    expect(await referencesIn(running.db)).toContain(later.reference);
    await running.stop();

    expect(await restoreDatabase(sqliteConfig(dataDir), backupFile)).toContain('its schema was up to date');
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('before-restore'))).toHaveLength(1);

    const again = await startApp(dataDir);
    try {
      const restored = await referencesIn(again.db);
      const written = during.slice(0, restored.length - before.length);
      expect(restored).toEqual([...before, ...written].sort());
      expect(restored).not.toContain(later.reference);
      const reader = await actAs(again.app, again.db, 'dispatcher');
      const detail = await reader.get(`/api/requests/${first.id}`);
      expect(detail.statusCode).toBe(200);
      const comments = detail.json().events.filter((e: { type: string }) => e.type === 'comment');
      expect(comments.map((e: { data: { body: string } }) => e.data.body)).toEqual(['Avant']);
    } finally {
      await again.stop();
    }
  }, 60_000);

  it('migrates a backup from an older version as it restores it', async () => {
    const older = path.join(tempDir(), 'older.db');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(older) }) });
    const names = Object.keys(migrations);
    const previous = names.at(-2) ?? '';
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo(previous)).error).toBeUndefined();
    await db.destroy();

    const dataDir = tempDir();
    expect(await restoreDatabase(sqliteConfig(dataDir), older)).toContain(`migrated (${names.at(-1)})`);
    const { db: now } = openDatabase({ databaseUrl: null, dataDir });
    try {
      expect(await migrationState(now)).toEqual({ pending: [], unknown: [] });
    } finally {
      await now.destroy();
    }
  }, 30_000);

  it('refuses a file that is not a Relais database, or one from a newer version, and keeps the database', async () => {
    const dataDir = tempDir();
    const running = await startApp(dataDir);
    const kept = await makeRequest(running.db);
    await running.stop();
    const dir = tempDir();
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'Ceci n’est pas une base de données. '.repeat(200));
    const foreign = path.join(dir, 'other.db');
    new SQLite(foreign).exec('create table things (id integer primary key)');
    const newer = path.join(dir, 'newer.db');
    const newerDb = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(newer) }) });
    await migrateToLatest(newerDb);
    await newerDb
      .withTables<{ kysely_migration: { name: string; timestamp: string } }>()
      .insertInto('kysely_migration')
      .values({ name: '2999-01-01-01-future', timestamp: new Date().toISOString() })
      .execute();
    await newerDb.destroy();

    for (const [file, message] of [
      [text, `${text} is not a SQLite database`],
      [foreign, `${foreign} is not a Relais database: it has no migration history`],
      [newer, `${newer} comes from a newer version of Relais (migrations 2999-01-01-01-future): upgrade Relais first`],
      [path.join(dir, 'missing.db'), 'No such file'],
    ]) {
      await expect(restoreDatabase(sqliteConfig(dataDir), file ?? '')).rejects.toThrow(message);
    }
    expect(fs.readdirSync(dataDir)).toEqual(['relais.db']);
    const after = await startApp(dataDir);
    try {
      expect(await referencesIn(after.db)).toEqual([kept.reference]);
    } finally {
      await after.stop();
    }
  }, 60_000);
});

describe('relais backup and restore on PostgreSQL', () => {
  it('explain pg_dump and pg_restore instead of copying anything', async () => {
    const dataDir = tempDir();
    const config = testConfig(dataDir, { DATABASE_URL: 'postgres://relais@db.example.org:5432/relais' });
    for (const command of [backupDatabase, restoreDatabase]) {
      const refusal = command(config, path.join(dataDir, 'relais.dump'));
      await expect(refusal).rejects.toThrow('pg_dump --format=custom --file=relais.dump "$DATABASE_URL"');
      await expect(refusal).rejects.toThrow(
        'pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" relais.dump',
      );
    }
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});
