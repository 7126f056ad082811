import type { Insertable, Kysely, Updateable } from 'kysely';
import type { TemplateKind } from '../../core/templates.js';
import type { Database, ResponseTemplatesTable } from '../db/schema.js';

export function listTemplates(db: Kysely<Database>, filters: { kind?: TemplateKind | undefined; activeOnly: boolean }) {
  return db
    .selectFrom('response_templates')
    .selectAll()
    .$call((q) => (filters.kind === undefined ? q : q.where('kind', '=', filters.kind)))
    .$if(filters.activeOnly, (q) => q.where('active', '=', 1))
    .orderBy('kind')
    .orderBy('title')
    .orderBy('id')
    .execute();
}

export function findTemplate(db: Kysely<Database>, id: string) {
  return db.selectFrom('response_templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findTemplateByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('response_templates').select('id').where('code', '=', code).executeTakeFirst();
}

export async function insertTemplate(db: Kysely<Database>, row: Insertable<ResponseTemplatesTable>): Promise<void> {
  await db.insertInto('response_templates').values(row).execute();
}

export async function updateTemplate(
  db: Kysely<Database>,
  id: string,
  patch: Updateable<ResponseTemplatesTable>,
): Promise<void> {
  await db.updateTable('response_templates').set(patch).where('id', '=', id).execute();
}

export async function deleteTemplate(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('response_templates').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The names of a request's department, body and category, in one query. */
export function findRequestNames(db: Kysely<Database>, requestId: string) {
  return db
    .selectFrom('requests')
    .leftJoin('departments', 'departments.id', 'requests.department_id')
    .leftJoin('bodies', 'bodies.id', 'requests.body_id')
    .leftJoin('categories', 'categories.id', 'requests.category_id')
    .select(['departments.name as department_name', 'bodies.name as body_name', 'categories.name as category_name'])
    .where('requests.id', '=', requestId)
    .executeTakeFirst();
}

export async function findName(
  db: Kysely<Database>,
  table: 'bodies' | 'departments' | 'categories',
  id: string,
): Promise<string | undefined> {
  const row = await db.selectFrom(table).select('name').where('id', '=', id).executeTakeFirst();
  return row?.name;
}
