import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The active members of a department, to assign requests to. */
export function listDepartmentMembers(db: Kysely<Database>, departmentId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('department_id', '=', departmentId)
    .where('disabled', '=', 0)
    .orderBy('name')
    .orderBy('id')
    .execute();
}
