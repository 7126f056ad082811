import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Named = 'bodies' | 'departments' | 'territories' | 'categories';

/** The names of a directory table by id, retired rows included: old requests still point to them. */
async function namesIn(db: Kysely<Database>, table: Named): Promise<Map<string, string>> {
  const rows = await db.selectFrom(table).select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function directoryNames(db: Kysely<Database>) {
  const [bodies, departments, territories, categories] = await Promise.all(
    (['bodies', 'departments', 'territories', 'categories'] as const).map((t) => namesIn(db, t)),
  );
  return { bodies, departments, territories, categories } as Record<Named, Map<string, string>>;
}
