import type { Kysely } from 'kysely';
import type { Status } from '../../core/lifecycle.js';
import type { Database } from '../db/schema.js';

/**
 * Requests in `statuses` whose deadline is on or before `horizon` (YYYY-MM-DD), of departments
 * that have an e-mail address, by department then deadline.
 */
export function listDueForDigest(db: Kysely<Database>, statuses: readonly Status[], horizon: string) {
  return db
    .selectFrom('requests')
    .innerJoin('departments', 'departments.id', 'requests.department_id')
    .leftJoin('categories', 'categories.id', 'requests.category_id')
    .select([
      'requests.id',
      'requests.reference',
      'requests.address',
      'requests.status',
      'requests.deadline',
      'departments.id as department_id',
      'departments.name as department_name',
      'departments.email as department_email',
      'categories.name as category_name',
    ])
    .where('departments.email', 'is not', null)
    .where('requests.status', 'in', statuses)
    .where('requests.deadline', '<=', horizon)
    .orderBy('departments.id')
    .orderBy('requests.deadline')
    .orderBy('requests.reference')
    .execute();
}
