import type { Insertable, Kysely } from 'kysely';
import type { Database, SavedViewsTable } from '../db/schema.js';

export function listViews(db: Kysely<Database>, userId: string, screen: string | undefined) {
  return db
    .selectFrom('saved_views')
    .select(['id', 'name', 'screen', 'query', 'created_at'])
    .where('user_id', '=', userId)
    .$if(screen !== undefined, (q) => q.where('screen', '=', screen ?? ''))
    .orderBy('screen')
    .orderBy('name')
    .execute();
}

export function findViewByName(db: Kysely<Database>, userId: string, screen: string, name: string) {
  return db
    .selectFrom('saved_views')
    .select('id')
    .where('user_id', '=', userId)
    .where('screen', '=', screen)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function insertView(db: Kysely<Database>, row: Insertable<SavedViewsTable>): Promise<void> {
  await db.insertInto('saved_views').values(row).execute();
}

/** Deletes a view of `userId`; says whether there was one (another user's view is not theirs). */
export async function deleteView(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('saved_views')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
