/**
 * What the glossary keeps in memory per database: the search index and the suggestion model.
 * An administrator's change on this instance calls `invalidateGlossary()` and the next reader
 * rebuilds; changes made through another instance are picked up once a value is older than
 * `MAX_AGE_MS`: the reader then gets the value it had while a fresh one is built behind it, so
 * typing never waits on the database.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const MAX_AGE_MS = 60_000;

/** Bumped on every change: values built before it are thrown away. */
let generation = 0;

/** Drops everything built from the glossary on this instance; call after any glossary change. */
export function invalidateGlossary(): void {
  generation += 1;
}

interface Entry<T> {
  generation: number;
  builtAt: number;
  value: Promise<T>;
  refreshing: boolean;
}

export class GlossaryCache<T> {
  private readonly entries = new WeakMap<Kysely<Database>, Entry<T>>();

  constructor(private readonly build: (db: Kysely<Database>) => Promise<T>) {}

  get(db: Kysely<Database>): Promise<T> {
    const entry = this.entries.get(db);
    if (!entry || entry.generation !== generation) return this.rebuild(db).value;
    if (Date.now() - entry.builtAt > MAX_AGE_MS && !entry.refreshing) {
      entry.refreshing = true;
      const next = this.build(db);
      // Swapped in only once built; on failure the old value stays and a later reader retries.
      void next.then(
        () => {
          if (this.entries.get(db) === entry) {
            this.entries.set(db, { generation: entry.generation, builtAt: Date.now(), value: next, refreshing: false });
          }
        },
        () => {
          entry.refreshing = false;
        },
      );
    }
    return entry.value;
  }

  private rebuild(db: Kysely<Database>): Entry<T> {
    const entry: Entry<T> = { generation, builtAt: Date.now(), value: this.build(db), refreshing: false };
    this.entries.set(db, entry);
    // A failed build is not kept: the next reader tries again.
    void entry.value.catch(() => {
      if (this.entries.get(db) === entry) this.entries.delete(db);
    });
    return entry;
  }
}
