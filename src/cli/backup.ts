/**
 * `relais backup FILE` and `relais restore FILE`, for the embedded SQLite database.
 *
 * Backup is online: SQLite's backup API copies the pages in one read transaction, a consistent
 * snapshot that does not stop the running app from writing (WAL). The copy is checked, made a
 * single self-contained file, and renamed into place, so FILE is never a half-written backup.
 *
 * Restore replaces the database file, so it refuses while any process has it open (the app, or
 * another command): it takes SQLite's exclusive lock, which an open connection prevents. The file
 * is checked (a SQLite database, with Relais's migration history, from this version or an older
 * one) and migrated on a copy next to the database, which is then renamed into place; the database
 * it replaces is kept beside it.
 *
 * Photos are files under DATA_DIR/files/, named by their content and never changed, so a plain
 * copy of that folder made after the database backup holds every photo the backup refers to.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Config } from '../server/config.js';
import { migrateToLatest, migrationState } from '../server/db/migrate.js';
import type { Database } from '../server/db/schema.js';

const POSTGRES_HELP = `Relais runs on PostgreSQL here (DATABASE_URL): back it up and restore it with PostgreSQL's tools.
  pg_dump --format=custom --file=relais.dump "$DATABASE_URL"
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" relais.dump
pg_dump is consistent while Relais runs; stop Relais before pg_restore, and start it after:
it migrates an older dump at start. Copy DATA_DIR/files/ (the photos) too.`;

const sqliteFile = (config: Config) => path.join(config.dataDir, 'relais.db');
const megabytes = (file: string) => `${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`;

/** A Kysely over a connection this command opened; destroying it closes the connection. */
const kyselyOver = (sqlite: SQLite.Database) =>
  new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });

/** Throws with what is wrong unless `db` is a sound Relais database of this version or an older one. */
async function checkRelaisDatabase(db: Kysely<Database>, sqlite: SQLite.Database, name: string): Promise<void> {
  let unknown: string[];
  try {
    ({ unknown } = await migrationState(db));
  } catch (error) {
    const notSqlite = error instanceof SQLite.SqliteError && error.code === 'SQLITE_NOTADB';
    throw new Error(
      notSqlite ? `${name} is not a SQLite database` : `${name} is not a Relais database: it has no migration history`,
    );
  }
  const check = sqlite.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new Error(`${name} is damaged: ${String(check)}`);
  if (unknown.length > 0) {
    throw new Error(
      `${name} comes from a newer version of Relais (migrations ${unknown.join(', ')}): upgrade Relais first`,
    );
  }
}

/** Throws unless no other connection has the file open; leaves it a single file (no WAL beside it). */
function takeOver(file: string): void {
  const sqlite = new SQLite(file, { fileMustExist: true, timeout: 0 });
  try {
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('begin exclusive; commit');
    // Folds the WAL into the file and removes it, so the file can be moved alone.
    sqlite.pragma('journal_mode = DELETE');
  } catch (error) {
    if (error instanceof SQLite.SqliteError && error.code.startsWith('SQLITE_BUSY')) {
      throw new Error(`${file} is open in another process (Relais is running?): stop it, then restore`);
    }
    throw error;
  } finally {
    sqlite.close();
  }
}

/** Copies the database to `target`; returns the line to print. Throws saying why it cannot. */
export async function backupDatabase(config: Config, target: string): Promise<string> {
  if (config.databaseUrl) throw new Error(POSTGRES_HELP);
  const source = sqliteFile(config);
  if (!fs.existsSync(source)) throw new Error(`No database at ${source} (DATA_DIR)`);
  if (path.resolve(target) === source) throw new Error('The backup must go to another file than the database');
  const partial = `${path.resolve(target)}.partial-${process.pid}`;
  const sqlite = new SQLite(source, { fileMustExist: true, timeout: 5000 });
  try {
    // First step with the default size, then every remaining page at once: one read transaction,
    // so writes made meanwhile by the app cannot make SQLite start over, again and again.
    await sqlite.backup(partial, { progress: ({ remainingPages }) => remainingPages });
    const copy = new SQLite(partial, { fileMustExist: true });
    const db = kyselyOver(copy);
    try {
      await checkRelaisDatabase(db, copy, source);
      copy.pragma('journal_mode = DELETE');
    } finally {
      await db.destroy();
    }
    fs.renameSync(partial, target);
  } finally {
    sqlite.close();
    fs.rmSync(partial, { force: true });
  }
  return `Backed up ${source} to ${target} (${megabytes(target)}). Copy ${path.join(config.dataDir, 'files')}/ (the photos) too.`;
}

/** Replaces the database with the backup `file`; returns the line to print. Throws saying why it cannot. */
export async function restoreDatabase(config: Config, file: string): Promise<string> {
  if (config.databaseUrl) throw new Error(POSTGRES_HELP);
  const target = sqliteFile(config);
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);
  if (path.resolve(file) === target) throw new Error(`${file} is the database itself`);
  // Fail before any copy when the app runs; checked again just before the swap.
  if (fs.existsSync(target)) takeOver(target);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const restoring = `${target}.restoring-${process.pid}`;
  try {
    const source = new SQLite(file, { fileMustExist: true, readonly: true });
    try {
      await source.backup(restoring);
    } catch (error) {
      if (error instanceof SQLite.SqliteError && error.code === 'SQLITE_NOTADB') {
        throw new Error(`${file} is not a SQLite database`);
      }
      throw error;
    } finally {
      source.close();
    }
    const copy = new SQLite(restoring, { fileMustExist: true });
    const db = kyselyOver(copy);
    let applied: string[];
    try {
      await checkRelaisDatabase(db, copy, file);
      applied = await migrateToLatest(db);
      copy.pragma('journal_mode = DELETE');
    } finally {
      await db.destroy();
    }
    let kept = '';
    if (fs.existsSync(target)) {
      takeOver(target);
      kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(target, kept);
    }
    fs.renameSync(restoring, target);
    const migrated = applied.length > 0 ? `migrated (${applied.join(', ')})` : 'its schema was up to date';
    const previous = kept ? ` The database it replaced is kept as ${kept}.` : '';
    return `Restored ${file} into ${target}: ${migrated}.${previous} Restore ${path.join(config.dataDir, 'files')}/ (the photos) from the same backup.`;
  } finally {
    fs.rmSync(restoring, { force: true });
  }
}
