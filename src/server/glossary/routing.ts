/**
 * Routing: which department, of which body, handles a category in a territory. A per-territory
 * override (category_routes) wins over the category's default department.
 */
import type { Kysely } from 'kysely';
import type { BodiesTable, CategoryRow, Database, DepartmentRow } from '../db/schema.js';
import { findBody, findCategory, findDepartment } from '../directory/directory.repository.js';
import { badRequest } from '../errors.js';
import { findRouteOverride } from './glossary.repository.js';

export interface CategoryRoute {
  category: CategoryRow;
  department: DepartmentRow;
  body: BodiesTable;
  /** True when the territory's override chose the department. */
  overridden: boolean;
}

/**
 * The route of a category in a territory (or anywhere, with `territoryId` null). Takes the
 * database or a transaction, so the requests service can call it while accepting a request;
 * callers authorize. Throws 400 naming `categoryId` when the category does not exist.
 */
export async function routeFor(
  db: Kysely<Database>,
  categoryId: string,
  territoryId: string | null,
): Promise<CategoryRoute> {
  const category = await findCategory(db, categoryId);
  if (!category) throw badRequest(`categoryId: no category has the id ${categoryId}`);
  const override = territoryId ? await findRouteOverride(db, categoryId, territoryId) : undefined;
  const departmentId = override?.department_id ?? category.department_id;
  const department = await findDepartment(db, departmentId);
  const body = department ? await findBody(db, department.body_id) : undefined;
  // Foreign keys guarantee both: a miss is a broken database, not bad input.
  if (!department || !body) throw new Error(`category ${categoryId}: department ${departmentId} or its body is gone`);
  return { category, department, body, overridden: override !== undefined };
}
