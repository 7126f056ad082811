/** The administration's queries beyond plain rows by id (rows.repository.ts). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

/** The hub department covering a territory, if any. */
export function findHubOf(db: Db, territoryId: string) {
  return db
    .selectFrom('departments')
    .select(['id', 'code', 'name'])
    .where('territory_id', '=', territoryId)
    .where('is_hub', '=', 1)
    .executeTakeFirst();
}

/** Territory routes of one category, or of all categories when `categoryId` is null. */
export function listCategoryRoutes(db: Db, categoryId: string | null) {
  return db
    .selectFrom('category_routes')
    .selectAll()
    .$if(categoryId !== null, (q) => q.where('category_id', '=', categoryId ?? ''))
    .orderBy('category_id')
    .orderBy('territory_id')
    .execute();
}

export async function replaceCategoryRoutes(
  db: Db,
  categoryId: string,
  routes: { territoryId: string; departmentId: string }[],
): Promise<void> {
  await db.deleteFrom('category_routes').where('category_id', '=', categoryId).execute();
  if (routes.length === 0) return;
  await db
    .insertInto('category_routes')
    .values(
      routes.map((r) => ({ category_id: categoryId, territory_id: r.territoryId, department_id: r.departmentId })),
    )
    .execute();
}
